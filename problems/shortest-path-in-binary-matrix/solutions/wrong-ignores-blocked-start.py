# Wrong on purpose: the search starts from the top left cell without checking that it is
# open (and checks the bottom right cell only as a neighbour), so a blocked start still
# leads somewhere, and a 1 x 1 grid holding 1 gives 1.
class Solution:
    def shortestPathBinaryMatrix(self, grid: List[List[int]]) -> int:
        n = len(grid)
        dist = {(0, 0): 1}
        pending = deque([(0, 0)])
        while pending:
            i, j = pending.popleft()
            if (i, j) == (n - 1, n - 1):
                return dist[(i, j)]
            for a in (i - 1, i, i + 1):
                for b in (j - 1, j, j + 1):
                    if 0 <= a < n and 0 <= b < n and grid[a][b] == 0 and (a, b) not in dist:
                        dist[(a, b)] = dist[(i, j)] + 1
                        pending.append((a, b))
        return -1
