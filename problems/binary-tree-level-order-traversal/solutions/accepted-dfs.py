# Also accepted: a pre-order walk, left child before right, that appends each value to the
# list of its depth. Pre-order visits each level from left to right. An explicit stack (push
# right, then left) avoids deep recursion. O(n) time, O(n) memory.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels = []
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(levels):
                levels.append([])
            levels[depth].append(node.val)
            if node.right:
                stack.append((node.right, depth + 1))
            if node.left:
                stack.append((node.left, depth + 1))
        return levels
