# Wrong on purpose: transposes, then reverses the order of the rows instead of each row,
# which turns the image counter-clockwise ([[1,2],[3,4]] -> [[2,4],[1,3]]).
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for i in range(n):
            for j in range(i + 1, n):
                matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
        matrix.reverse()
