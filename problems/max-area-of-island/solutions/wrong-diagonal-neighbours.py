# Wrong on purpose: the search also follows the four diagonal neighbours, so cells that
# touch only at a corner join one island (a 5 x 5 checkerboard gives 13, not 1).
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1:
                    continue
                grid[r][c] = 0
                stack = [(r, c)]
                area = 0
                while stack:
                    i, j = stack.pop()
                    area += 1
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            a, b = i + di, j + dj
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                                grid[a][b] = 0
                                stack.append((a, b))
                best = max(best, area)
        return best
