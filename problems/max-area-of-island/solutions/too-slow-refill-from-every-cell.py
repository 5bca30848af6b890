# Correct but quadratic: every land cell runs its own flood fill with a fresh visited set,
# so an island of k cells is measured k times, k² work. One island of n cells costs n².
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        best = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != 1:
                    continue
                seen = {(r, c)}
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in seen:
                            seen.add((a, b))
                            stack.append((a, b))
                best = max(best, len(seen))
        return best
