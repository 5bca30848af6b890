# Wrong on purpose: only the corner starts at 1; the first row and column are left at 0
# although there is exactly one path along each of them (3 x 2 -> 0 instead of 3).
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        grid = [[0] * n for _ in range(m)]
        grid[0][0] = 1
        for r in range(1, m):
            for c in range(1, n):
                grid[r][c] = grid[r - 1][c] + grid[r][c - 1]
        return grid[m - 1][n - 1]
