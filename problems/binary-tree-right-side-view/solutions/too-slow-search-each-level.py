# Correct but too slow: finds the height first, then for every depth d searches the tree
# again, right subtree first, for the first node at depth d. Each search may walk all the
# levels above d: O(n * h) time, O(n^2) on a chain (the budget series). With at most 100
# nodes it passes every test.
sys.setrecursionlimit(100000)


class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0

        def rightmost(node, depth):
            if node is None:
                return None
            if depth == 0:
                return node
            return rightmost(node.right, depth - 1) or rightmost(node.left, depth - 1)

        return [rightmost(root, d).val for d in range(height(root))]
