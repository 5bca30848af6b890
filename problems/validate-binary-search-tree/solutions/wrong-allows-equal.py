# Wrong: an in-order walk that only rejects a value *smaller* than the one before it, so
# equal values pass: [2, 2, 2] and [1, 1] answer true, but a BST holds no duplicates.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack, node, prev = [], root, None
        while node or stack:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev is not None and node.val < prev:
                return False
            prev = node.val
            node = node.right
        return True
