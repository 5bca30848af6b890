# Correct but too slow: the usual double recursion. For every node, walk down from it and
# count the paths starting there that reach the target. Each node is visited once per
# ancestor: O(n * h) time, O(n^2) on a chain (the budget series). With at most 1000 nodes it
# passes every test within the time limit.
sys.setrecursionlimit(100000)


class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        def start_at(node, remaining):
            if node is None:
                return 0
            remaining -= node.val
            return (remaining == 0) + start_at(node.left, remaining) + start_at(node.right, remaining)

        if root is None:
            return 0
        return (start_at(root, targetSum) + self.pathSum(root.left, targetSum)
                + self.pathSum(root.right, targetSum))
