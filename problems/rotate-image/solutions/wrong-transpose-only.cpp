// Wrong on purpose: transposes and stops, forgetting to reverse the rows. That mirrors the
// image across its diagonal; a symmetric matrix comes back unchanged.
class Solution {
public:
    void rotate(vector<vector<int>>& matrix) {
        const int n = matrix.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) swap(matrix[i][j], matrix[j][i]);
    }
};
