# Correct but exponential: the plain recursion tries every path, and there are
# C(m+n-2, m-1) of them (about 10^118 for a 200 x 200 grid).
class Solution:
    def minPathSum(self, grid: List[List[int]]) -> int:
        def cheapest(i: int, j: int) -> int:
            if i == 0 and j == 0:
                return grid[0][0]
            before = math.inf
            if i > 0:
                before = min(before, cheapest(i - 1, j))
            if j > 0:
                before = min(before, cheapest(i, j - 1))
            return before + grid[i][j]

        return cheapest(len(grid) - 1, len(grid[0]) - 1)
