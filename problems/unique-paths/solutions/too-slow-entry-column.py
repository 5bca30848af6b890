# Correct but O(m * n²): a path reaches cell (r, c) by coming down into row r at some
# column j <= c and walking right, so paths[r][c] sums paths[r-1][j] over every j <= c,
# recomputing the same prefix sums for each c. With the rows fixed, the budget series
# shows it grows like n² against an O(n) budget.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        above = [1] * n
        for _ in range(1, m):
            row = []
            for c in range(n):
                total = 0
                for j in range(c + 1):
                    total += above[j]
                row.append(total)
            above = row
        return above[-1]
