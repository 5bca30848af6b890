// Reference solution: a clockwise quarter turn is a transpose (swap across the main
// diagonal) followed by reversing each row. In place, O(n^2) time, O(1) extra memory.
class Solution {
public:
    void rotate(vector<vector<int>>& matrix) {
        const int n = matrix.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) swap(matrix[i][j], matrix[j][i]);
        for (auto& row : matrix) reverse(row.begin(), row.end());
    }
};
