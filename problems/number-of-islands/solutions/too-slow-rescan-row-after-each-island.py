# Correct but too slow: after sinking an island, it scans the current row again from its
# first cell, on the grounds that the flood changed that row. Every island found then costs
# a walk over the row up to its first cell: O(m*n + islands * n) time, which on a wide grid
# full of small islands (n columns, islands ~ m*n) grows like (m*n)^2.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for r in range(m):
            c = 0
            while c < n:
                if grid[r][c] != "1":
                    c += 1
                    continue
                islands += 1
                grid[r][c] = "0"
                pending = deque([(r, c)])
                while pending:
                    i, j = pending.popleft()
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            pending.append((a, b))
                c = 0  # the flood changed this row: start it over
        return islands
