# Reference solution: one post-order pass with an explicit stack (a chain 10^4 levels deep
# would pass Python's default recursion limit). A node's height is 1 + the larger of its
# children's heights, and the longest path turning at the node has height(left) +
# height(right) edges. Finished subtrees leave their heights on a second stack, where the
# parent finds them on top: left child's last, since it is finished after the right one.
# O(n) time, O(h) memory.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        best = 0
        heights = []
        stack, done = [root], [False]  # two lists, not a list of pairs: no tuple per node
        while stack:
            node, children_done = stack.pop(), done.pop()
            if children_done:
                l = heights.pop() if node.left else 0
                r = heights.pop() if node.right else 0
                best = max(best, l + r)
                heights.append(1 + max(l, r))
            else:
                stack.append(node)
                done.append(True)
                if node.right:
                    stack.append(node.right)
                    done.append(False)
                if node.left:
                    stack.append(node.left)
                    done.append(False)
        return best
