# Reference solution: dynamic programming over one row. best[j] holds the cheapest sum of
# a path from the top left to cell (i, j); a cell is entered from above (best[j] of the
# previous row) or from the left (best[j - 1] of this row). O(m*n) time, O(n) space.
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = [0] * n
        for i in range(m):
            row = grid[i]
            for j in range(n):
                if i == 0 and j == 0:
                    best[j] = row[0]
                elif i == 0:
                    best[j] = best[j - 1] + row[j]
                elif j == 0:
                    best[j] += row[j]
                else:
                    best[j] = min(best[j], best[j - 1]) + row[j]
        return best[n - 1]
