# Wrong: counts the nodes on the longest path instead of its edges (one too many), a usual
# off-by-one: best = max(best, l + r + 1).
sys.setrecursionlimit(100000)


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0

        def height(node):
            nonlocal best
            if node is None:
                return 0
            l, r = height(node.left), height(node.right)
            best = max(best, l + r + 1)
            return 1 + max(l, r)

        height(root)
        return best
