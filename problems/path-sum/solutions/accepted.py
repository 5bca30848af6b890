# Reference solution: depth-first search with an explicit stack of (node, sum so far), so a
# chain 5000 levels deep does not hit Python's recursion limit. A leaf whose sum equals the
# target answers True. O(n) time, O(h) memory.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        stack = [(root, root.val)] if root else []
        while stack:
            node, total = stack.pop()
            if node.left is None and node.right is None and total == targetSum:
                return True
            if node.left:
                stack.append((node.left, total + node.left.val))
            if node.right:
                stack.append((node.right, total + node.right.val))
        return False
