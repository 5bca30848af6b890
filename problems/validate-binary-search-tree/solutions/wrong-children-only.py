# Wrong, the classic mistake: checks each node only against its own children. In
# [5, 4, 6, null, null, 3, 7] every parent is in order with its children, but 3 sits in
# the right subtree of 5. (Iterative, so deep chains do not hide the mistake behind a
# recursion error.)
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.left and node.left.val >= node.val:
                return False
            if node.right and node.right.val <= node.val:
                return False
            stack.append(node.left)
            stack.append(node.right)
        return True
