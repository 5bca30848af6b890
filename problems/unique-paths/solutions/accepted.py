# Reference solution: one row of the table. row[c] is the number of paths to column c of
# the current row: from above (its old value) plus from the left. O(m * n) time, O(n)
# memory.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        row = [1] * n
        for _ in range(1, m):
            for c in range(1, n):
                row[c] += row[c - 1]
        return row[-1]
