// Reference solution: dynamic programming over one row. best[j] holds the cheapest sum of
// a path from the top left to cell (i, j); a cell is entered from above (best[j] of the
// previous row) or from the left (best[j - 1] of this row). O(m*n) time, O(n) space.
class Solution {
public:
    int minPathSum(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        vector<int> best(n);
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < n; ++j) {
                if (i == 0 && j == 0) best[j] = grid[0][0];
                else if (i == 0) best[j] = best[j - 1] + grid[i][j];
                else if (j == 0) best[j] = best[j] + grid[i][j];
                else best[j] = min(best[j], best[j - 1]) + grid[i][j];
            }
        }
        return best[n - 1];
    }
};
