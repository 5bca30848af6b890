// Wrong on purpose: the flood fill also follows the four diagonal neighbours, so cells
// that touch only at a corner merge into one island (a 5 x 5 checkerboard gives 1, not 13).
class Solution {
    void sink(vector<vector<char>>& grid, int r, int c) {
        if (r < 0 || r >= (int)grid.size() || c < 0 || c >= (int)grid[0].size()) return;
        if (grid[r][c] != '1') return;
        grid[r][c] = '0';
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc)
                if (dr != 0 || dc != 0) sink(grid, r + dr, c + dc);
    }

public:
    int numIslands(vector<vector<char>>& grid) {
        int islands = 0;
        for (int r = 0; r < (int)grid.size(); ++r)
            for (int c = 0; c < (int)grid[0].size(); ++c)
                if (grid[r][c] == '1') {
                    ++islands;
                    sink(grid, r, c);
                }
        return islands;
    }
};
