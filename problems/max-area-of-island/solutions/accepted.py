# Reference solution: scan the grid; each land cell not yet visited starts a new island,
# which a breadth-first search over the four side neighbours sinks (sets to 0) while it
# counts the cells. Every cell is visited once. Iterative, so no deep recursion.
# O(m*n) time, O(m*n) queue at worst.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1:
                    continue
                grid[r][c] = 0
                pending = deque([(r, c)])
                area = 0
                while pending:
                    i, j = pending.popleft()
                    area += 1
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                            grid[a][b] = 0
                            pending.append((a, b))
                best = max(best, area)
        return best
