# Reference solution: scan the grid; each unvisited land cell starts a new island, which a
# breadth-first search over the four side neighbours sinks (marks "0") so that it is
# counted once. Iterative, so a 90,000-cell island needs no deep recursion.
# O(m*n) time, O(min(m, n)) queue on average.
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
                pending = deque([(r, c)])
                while pending:
                    i, j = pending.popleft()
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            pending.append((a, b))
        return islands
