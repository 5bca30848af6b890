// Wrong on purpose: dynamic programming as in Minimum Path Sum, with max instead of +.
// It only considers paths that move right or down, but the best path may have to go up
// or left around a high wall.
class Solution {
public:
    int minimumEffortPath(vector<vector<int>>& heights) {
        const int m = heights.size(), n = heights[0].size();
        vector<vector<int>> best(m, vector<int>(n, INT_MAX));
        best[0][0] = 0;
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < n; ++j) {
                if (i > 0)
                    best[i][j] = min(best[i][j],
                                     max(best[i - 1][j], abs(heights[i][j] - heights[i - 1][j])));
                if (j > 0)
                    best[i][j] = min(best[i][j],
                                     max(best[i][j - 1], abs(heights[i][j] - heights[i][j - 1])));
            }
        }
        return best[m - 1][n - 1];
    }
};
