# Reference solution: walk the tree with an explicit stack (a 10^4-deep chain would pass
# Python's default recursion limit), carrying the open interval each node must lie in:
# a left child inherits the upper bound from its parent, a right child the lower one.
# Python's infinities stand for "no bound". O(n) time, O(n) memory.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [(root, -math.inf, math.inf)]
        while stack:
            node, low, high = stack.pop()
            if node is None:
                continue
            if not low < node.val < high:
                return False
            stack.append((node.left, low, node.val))
            stack.append((node.right, node.val, high))
        return True
