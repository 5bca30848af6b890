// Wrong on purpose: the table is padded with zeros and every cell takes the smaller of
// the cells above and to the left, padding included. The first row and the first column
// then see a free 0 "outside" the grid and forget the cells before them.
class Solution {
public:
    int minPathSum(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        vector<vector<int>> best(m + 1, vector<int>(n + 1, 0));
        for (int i = 1; i <= m; ++i)
            for (int j = 1; j <= n; ++j)
                best[i][j] = grid[i - 1][j - 1] + min(best[i - 1][j], best[i][j - 1]);
        return best[m][n];
    }
};
