# Reference solution: prefix sums. A downward path from u to v sums to S(v) - S(parent of u),
# where S is the sum from the root; so the paths ending at v are counted by how many prefix
# sums on the current branch (the empty prefix 0 included) equal S(v) - targetSum. The
# counter holds the current branch only: a node's prefix is removed once its children are
# done. An explicit stack keeps a 1000-deep chain clear of Python's recursion limit.
# O(n) time, O(h) memory.
class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        if root is None:
            return 0
        on_branch = Counter({0: 1})
        count = 0
        stack = [(root, root.val, False)]
        while stack:
            node, total, done = stack.pop()
            if done:
                on_branch[total] -= 1
                continue
            count += on_branch[total - targetSum]
            on_branch[total] += 1
            stack.append((node, total, True))
            if node.right:
                stack.append((node.right, total + node.right.val, False))
            if node.left:
                stack.append((node.left, total + node.left.val, False))
        return count
