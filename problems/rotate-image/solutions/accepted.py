# Reference solution: a clockwise quarter turn is a transpose (swap across the main
# diagonal) followed by reversing each row. In place, O(n^2) time, O(1) extra memory.
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        """
        Do not return anything, modify matrix in-place instead.
        """
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        for row in matrix:
            row.reverse()
