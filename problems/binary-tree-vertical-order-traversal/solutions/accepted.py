# Reference solution: breadth-first search, left child before right, carrying each node's
# column; a level-by-level walk meets each column's nodes top to bottom and left to right
# within a row. The smallest and largest column seen give the range to read out.
# O(n) time, O(n) memory.
class Solution:
    def verticalOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if root is None:
            return []
        columns = defaultdict(list)
        lowest = highest = 0
        queue = deque([(root, 0)])
        while queue:
            node, col = queue.popleft()
            columns[col].append(node.val)
            if col < lowest:
                lowest = col
            elif col > highest:
                highest = col
            if node.left:
                queue.append((node.left, col - 1))
            if node.right:
                queue.append((node.right, col + 1))
        return [columns[col] for col in range(lowest, highest + 1)]
