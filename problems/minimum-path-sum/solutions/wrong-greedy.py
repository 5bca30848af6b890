# Wrong on purpose: a greedy walk that always steps to the cheaper of the next cell to the
# right and the next cell below. A cheap step can lead into an expensive region.
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        i = j = 0
        total = grid[0][0]
        while (i, j) != (m - 1, n - 1):
            if i == m - 1:
                j += 1
            elif j == n - 1:
                i += 1
            elif grid[i][j + 1] <= grid[i + 1][j]:
                j += 1
            else:
                i += 1
            total += grid[i][j]
        return total
