# Wrong: the prefix-sum method, but a node's prefix sum is never removed once its subtree is
# done, so a path may "start" in a sibling subtree: in [0, 5, -5] with target -10 it counts
# 5 -> ... -> -5 as a path although 5 and -5 are siblings.
sys.setrecursionlimit(100000)


class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        seen = Counter({0: 1})
        count = 0

        def walk(node, total):
            nonlocal count
            if node is None:
                return
            total += node.val
            count += seen[total - targetSum]
            seen[total] += 1
            walk(node.left, total)
            walk(node.right, total)

        walk(root, 0)
        return count
