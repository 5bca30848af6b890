# Reference solution: one post-order pass with an explicit stack (a 3*10^4-deep chain would
# pass Python's default recursion limit). The gain of a node is the best downward path from
# it, with negative branches cut off; the best path turning at a node adds its value to both
# children's gains. Finished subtrees leave their gains on a second stack, where the parent
# finds them on top: left child's last, since it is finished after the right one.
# O(n) time, O(h) memory.
class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val
        gains = []
        stack, done = [root], [False]  # two lists, not a list of pairs: no tuple per node
        while stack:
            node, children_done = stack.pop(), done.pop()
            if children_done:
                l = max(0, gains.pop()) if node.left else 0
                r = max(0, gains.pop()) if node.right else 0
                best = max(best, node.val + l + r)
                gains.append(node.val + max(l, r))
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
