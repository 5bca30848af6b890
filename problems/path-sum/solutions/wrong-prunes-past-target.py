# Wrong: stops following a path once its sum passes the target, as if all values were
# positive. Negative values can bring the sum back: in [5, 3, null, -4] the path 5, 3, -4
# sums to 4, but 5 + 3 = 8 > 4 was cut off.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        stack = [(root, root.val)] if root else []
        while stack:
            node, total = stack.pop()
            if total > targetSum:
                continue
            if node.left is None and node.right is None and total == targetSum:
                return True
            if node.left:
                stack.append((node.left, total + node.left.val))
            if node.right:
                stack.append((node.right, total + node.right.val))
        return False
