# Also accepted: an iterative pre-order walk (left before right) records (column, row,
# value); Python's sort is stable, so sorting by (column, row) keeps nodes that share both
# in the walk's left-to-right order. O(n log n) time, O(n) memory.
class Solution:
    def verticalOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        cells = []
        stack = [(root, 0, 0)] if root else []
        while stack:
            node, col, row = stack.pop()
            cells.append((col, row, node.val))
            if node.right:
                stack.append((node.right, col + 1, row + 1))
            if node.left:
                stack.append((node.left, col - 1, row + 1))
        cells.sort(key=lambda cell: (cell[0], cell[1]))
        result = []
        for i, (col, _, val) in enumerate(cells):
            if i == 0 or cells[i - 1][0] != col:
                result.append([])
            result[-1].append(val)
        return result
