# Correct but quadratic: Dijkstra's algorithm as in a textbook without a heap. Each step
# scans every cell for the unsettled one of least effort, so a grid of n cells costs n².
class Solution:
    def minimumEffortPath(self, heights: List[List[int]]) -> int:
        m, n = len(heights), len(heights[0])
        cells = m * n
        best = [math.inf] * cells
        settled = [False] * cells
        best[0] = 0
        while True:
            closest = -1
            for k in range(cells):
                if not settled[k] and (closest < 0 or best[k] < best[closest]):
                    closest = k
            if closest == cells - 1:
                return best[closest]
            settled[closest] = True
            i, j = divmod(closest, n)
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n:
                    e = max(best[closest], abs(heights[a][b] - heights[i][j]))
                    best[a * n + b] = min(best[a * n + b], e)
