// Wrong on purpose: the minute-by-minute simulation rots oranges in place while it scans,
// so an orange rotted earlier in this minute's scan already spreads the rot further in the
// same minute: a chain that runs in scan order rots in one minute instead of one per cell.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        int minutes = 0;
        while (true) {
            bool changed = false;
            for (int i = 0; i < m; ++i) {
                for (int j = 0; j < n; ++j) {
                    if (grid[i][j] != 1) continue;
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 2) {
                            grid[i][j] = 2;
                            changed = true;
                            break;
                        }
                    }
                }
            }
            if (!changed) break;
            ++minutes;
        }
        for (const auto& row : grid)
            for (int cell : row)
                if (cell == 1) return -1;
        return minutes;
    }
};
