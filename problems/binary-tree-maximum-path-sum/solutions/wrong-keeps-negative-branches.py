# Wrong: never leaves a branch out, so a path turning at a node must take both children's
# branches even when they are negative: in [5, -3, 4] it finds 5 - 3 + 4 = 6, not 5 + 4 = 9.
sys.setrecursionlimit(100000)


class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        best = root.val

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            l, r = gain(node.left), gain(node.right)
            best = max(best, node.val + l + r, node.val)
            return node.val + max(l, r)

        gain(root)
        return best
