# Correct but quadratic: Dijkstra's algorithm as in a textbook without a heap. Each step
# scans every cell for the closest one not yet settled, so a grid of n cells costs n²
# (a breadth-first search suffices: every step costs 1).
class Solution:
    def shortestPathBinaryMatrix(self, grid: List[List[int]]) -> int:
        n = len(grid)
        if grid[0][0] or grid[n - 1][n - 1]:
            return -1
        cells = n * n
        dist = [math.inf] * cells
        settled = [False] * cells
        dist[0] = 1
        while True:
            closest = -1
            for k in range(cells):
                if not settled[k] and dist[k] < math.inf and (closest < 0 or dist[k] < dist[closest]):
                    closest = k
            if closest < 0:
                return -1
            if closest == cells - 1:
                return dist[closest]
            settled[closest] = True
            i, j = divmod(closest, n)
            for a in (i - 1, i, i + 1):
                for b in (j - 1, j, j + 1):
                    if 0 <= a < n and 0 <= b < n and not grid[a][b]:
                        dist[a * n + b] = min(dist[a * n + b], dist[closest] + 1)
