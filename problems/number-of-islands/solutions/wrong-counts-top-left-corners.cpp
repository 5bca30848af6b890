// Wrong on purpose: counts the land cells with no land above and none to the left, as if
// every island had exactly one such "top-left corner". An island whose arms meet only
// further down (a U, a spiral) has several and is counted several times.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int islands = 0;
        for (int r = 0; r < (int)grid.size(); ++r)
            for (int c = 0; c < (int)grid[0].size(); ++c) {
                if (grid[r][c] != '1') continue;
                bool up = r > 0 && grid[r - 1][c] == '1';
                bool left = c > 0 && grid[r][c - 1] == '1';
                if (!up && !left) ++islands;
            }
        return islands;
    }
};
