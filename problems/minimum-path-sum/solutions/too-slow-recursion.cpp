// Correct but exponential: the plain recursion tries every path, and there are
// C(m+n-2, m-1) of them (about 10^118 for a 200 x 200 grid).
class Solution {
    int cheapest(const vector<vector<int>>& grid, int i, int j) {
        if (i == 0 && j == 0) return grid[0][0];
        int before = INT_MAX;
        if (i > 0) before = min(before, cheapest(grid, i - 1, j));
        if (j > 0) before = min(before, cheapest(grid, i, j - 1));
        return before + grid[i][j];
    }

public:
    int minPathSum(vector<vector<int>>& grid) {
        return cheapest(grid, grid.size() - 1, grid[0].size() - 1);
    }
};
