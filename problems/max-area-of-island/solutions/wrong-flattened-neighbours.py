# Wrong on purpose: cells are numbered row by row (k = r * n + c) and the neighbours of k
# are taken as k - 1, k + 1, k - n and k + n, without checking that k - 1 and k + 1 stay
# on the same row: the last cell of a row joins the first cell of the next.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        land = [grid[r][c] for r in range(m) for c in range(n)]
        best = 0
        for start in range(m * n):
            if land[start] != 1:
                continue
            land[start] = 0
            stack = [start]
            area = 0
            while stack:
                k = stack.pop()
                area += 1
                for nb in (k - 1, k + 1, k - n, k + n):
                    if 0 <= nb < m * n and land[nb] == 1:
                        land[nb] = 0
                        stack.append(nb)
            best = max(best, area)
        return best
