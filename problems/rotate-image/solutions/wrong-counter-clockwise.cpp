// Wrong on purpose: transposes, then reverses the order of the rows instead of each row,
// which turns the image counter-clockwise ([[1,2],[3,4]] -> [[2,4],[1,3]]).
class Solution {
public:
    void rotate(vector<vector<int>>& matrix) {
        const int n = matrix.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) swap(matrix[i][j], matrix[j][i]);
        reverse(matrix.begin(), matrix.end());
    }
};
