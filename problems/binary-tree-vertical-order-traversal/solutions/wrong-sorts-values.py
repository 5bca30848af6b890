# Wrong: sorts each column's nodes by (row, value), as "Vertical Order Traversal" (LeetCode
# 987) asks. Here two nodes sharing a row and a column keep their left-to-right order, so a
# larger value further left must stay first.
class Solution:
    def verticalOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        cells = []

        def walk(node, col, row):
            if node:
                cells.append((col, row, node.val))
                walk(node.left, col - 1, row + 1)
                walk(node.right, col + 1, row + 1)

        walk(root, 0, 0)
        cells.sort()
        result = []
        for i, (col, _, val) in enumerate(cells):
            if i == 0 or cells[i - 1][0] != col:
                result.append([])
            result[-1].append(val)
        return result
