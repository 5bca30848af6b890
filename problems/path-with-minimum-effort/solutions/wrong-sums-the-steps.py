# Wrong on purpose: Dijkstra's algorithm on the sum of the steps (the climb in total)
# instead of the largest single step. The path with the least total climb may contain one
# big step that a longer, gentler path avoids.
class Solution:
    def minimumEffortPath(self, heights: List[List[int]]) -> int:
        m, n = len(heights), len(heights[0])
        total = [[math.inf] * n for _ in range(m)]
        total[0][0] = 0
        heap = [(0, 0, 0, 0)]  # total climb, largest step, row, column
        while heap:
            climb, largest, i, j = heapq.heappop(heap)
            if i == m - 1 and j == n - 1:
                return largest
            if climb > total[i][j]:
                continue
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n:
                    step = abs(heights[a][b] - heights[i][j])
                    if climb + step < total[a][b]:
                        total[a][b] = climb + step
                        heapq.heappush(heap, (climb + step, max(largest, step), a, b))
        return 0
