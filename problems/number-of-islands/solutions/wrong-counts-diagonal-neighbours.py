# Wrong on purpose: the flood fill also follows the four diagonal neighbours, so cells
# that touch only at a corner merge into one island (a 5 x 5 checkerboard gives 1, not 13).
# Iterative, so that the deep tests fail with a wrong answer rather than a deep recursion.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1":
                    continue
                islands += 1
                grid[r][c] = "0"
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for a in (i - 1, i, i + 1):
                        for b in (j - 1, j, j + 1):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                                grid[a][b] = "0"
                                stack.append((a, b))
        return islands
