# Wrong on purpose: the search-tree shortcut (LeetCode 235). It goes left while both
# values are smaller, right while both are larger, and stops where they split. The tree
# is not a search tree, so it stops at the wrong node or falls off the tree (None).
class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        node = root
        while node:
            if p.val < node.val and q.val < node.val:
                node = node.left
            elif p.val > node.val and q.val > node.val:
                node = node.right
            else:
                return node
        return None
