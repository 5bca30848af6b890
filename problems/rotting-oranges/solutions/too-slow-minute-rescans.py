# Correct but slower: simulate minute by minute, each minute scanning the whole grid for
# fresh oranges next to a rotten one (the rot of this minute is applied after the scan).
# A grid that needs k minutes costs k * m * n: O((m*n)^2) along a snake. On 10 x 10 grids
# it passes every test; the budget series, along the snake, catches it.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        minutes = 0
        while True:
            rot = []
            for i in range(m):
                for j in range(n):
                    if grid[i][j] != 1:
                        continue
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 2:
                            rot.append((i, j))
                            break
            if not rot:
                break
            for i, j in rot:
                grid[i][j] = 2
            minutes += 1
        if any(cell == 1 for row in grid for cell in row):
            return -1
        return minutes
