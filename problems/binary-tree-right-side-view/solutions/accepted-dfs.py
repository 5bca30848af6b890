# Also accepted: a pre-order walk that visits the right child first; the first node met at
# each depth is the rightmost one. An explicit stack avoids deep recursion.
# O(n) time, O(h) memory.
class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        view = []
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(view):
                view.append(node.val)
            if node.left:
                stack.append((node.left, depth + 1))
            if node.right:
                stack.append((node.right, depth + 1))
        return view
