# Wrong on purpose: the breadth-first search counts one minute per level of the queue,
# including the last level, whose oranges rot nothing: the answer is one too large
# whenever anything rots (and 1 instead of 0 when all oranges are rotten already).
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        rotten = deque((r, c) for r in range(m) for c in range(n) if grid[r][c] == 2)
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while rotten:
            minutes += 1
            for _ in range(len(rotten)):
                i, j = rotten.popleft()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        fresh -= 1
                        rotten.append((a, b))
        return minutes if fresh == 0 else -1
