# Reference solution: a breadth-first search that starts from every rotten orange at once
# (multi-source). The queue is processed one minute (one level) at a time; each fresh
# orange rots when it is first reached. Fresh oranges never reached make the answer -1.
# O(m*n) time and space.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        rotten = deque()
        fresh = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] == 2:
                    rotten.append((r, c))
                elif grid[r][c] == 1:
                    fresh += 1
        minutes = 0
        while fresh and rotten:
            minutes += 1
            for _ in range(len(rotten)):
                i, j = rotten.popleft()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                        grid[a][b] = 2
                        fresh -= 1
                        rotten.append((a, b))
        return minutes if fresh == 0 else -1
