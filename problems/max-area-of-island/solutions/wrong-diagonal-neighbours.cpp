// Wrong on purpose: the search also follows the four diagonal neighbours, so cells that
// touch only at a corner join one island (a 5 x 5 checkerboard gives 13, not 1).
class Solution {
    int sink(vector<vector<int>>& grid, int r, int c) {
        if (r < 0 || r >= (int)grid.size() || c < 0 || c >= (int)grid[0].size()) return 0;
        if (grid[r][c] != 1) return 0;
        grid[r][c] = 0;
        int area = 1;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc)
                if (dr != 0 || dc != 0) area += sink(grid, r + dr, c + dc);
        return area;
    }

public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int best = 0;
        for (int r = 0; r < (int)grid.size(); ++r)
            for (int c = 0; c < (int)grid[0].size(); ++c) best = max(best, sink(grid, r, c));
        return best;
    }
};
