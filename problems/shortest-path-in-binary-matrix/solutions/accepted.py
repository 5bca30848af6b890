# Reference solution: breadth-first search from the top left cell over the eight
# neighbours. Cells are marked when they enter the queue, so each is queued once; the
# first time the bottom right cell is reached, its distance (counted in cells) is the
# answer. A blocked start or end has no path. O(n²) time and space for an n x n grid.
class Solution:
    def shortestPathBinaryMatrix(self, grid: List[List[int]]) -> int:
        n = len(grid)
        if grid[0][0] or grid[n - 1][n - 1]:
            return -1
        dist = [[0] * n for _ in range(n)]  # 0: not reached yet
        dist[0][0] = 1
        pending = deque([(0, 0)])
        while pending:
            i, j = pending.popleft()
            if i == n - 1 and j == n - 1:
                return dist[i][j]
            for a in (i - 1, i, i + 1):
                if a < 0 or a >= n:
                    continue
                row = grid[a]
                for b in (j - 1, j, j + 1):
                    if 0 <= b < n and not row[b] and not dist[a][b]:
                        dist[a][b] = dist[i][j] + 1
                        pending.append((a, b))
        return -1
