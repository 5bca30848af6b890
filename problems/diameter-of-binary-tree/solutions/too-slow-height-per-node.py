# Correct but too slow: for every node, compute the heights of both subtrees from scratch.
# Each node's height is recomputed once for every ancestor, so the work is the sum of all
# depths: O(n log n) on a random tree, O(n^2) on a chain (the budget series). The hidden
# chains are short enough (at most 1200 nodes) that it passes every test.
sys.setrecursionlimit(100000)


class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        def best(node):
            if node is None:
                return 0
            return max(height(node.left) + height(node.right), best(node.left), best(node.right))

        return best(root)
