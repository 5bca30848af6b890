# Wrong on purpose: the minute-by-minute simulation rots oranges in place while it scans,
# so an orange rotted earlier in this minute's scan already spreads the rot further in the
# same minute: a chain that runs in scan order rots in one minute instead of one per cell.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        minutes = 0
        while True:
            changed = False
            for i in range(m):
                for j in range(n):
                    if grid[i][j] != 1:
                        continue
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 2:
                            grid[i][j] = 2
                            changed = True
                            break
            if not changed:
                break
            minutes += 1
        if any(cell == 1 for row in grid for cell in row):
            return -1
        return minutes
