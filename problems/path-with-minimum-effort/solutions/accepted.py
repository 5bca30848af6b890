# Reference solution: Dijkstra's algorithm where a path's cost is its largest step so far
# (max instead of +; still never decreasing along a path, so the first time a cell leaves
# the heap its effort is final). O(n log n) time, O(n) space for n cells.
class Solution:
    def minimumEffortPath(self, heights: List[List[int]]) -> int:
        m, n = len(heights), len(heights[0])
        best = [[math.inf] * n for _ in range(m)]
        best[0][0] = 0
        heap = [(0, 0, 0)]
        while heap:
            effort, i, j = heapq.heappop(heap)
            if i == m - 1 and j == n - 1:
                return effort
            if effort > best[i][j]:
                continue
            here = heights[i][j]
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n:
                    e = max(effort, abs(heights[a][b] - here))
                    if e < best[a][b]:
                        best[a][b] = e
                        heapq.heappush(heap, (e, a, b))
        return 0
