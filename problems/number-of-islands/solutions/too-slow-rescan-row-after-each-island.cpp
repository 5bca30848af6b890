// Correct but too slow: after sinking an island, it scans the current row again from its
// first cell, on the grounds that the flood changed that row. Every island found then costs
// a walk over the row up to its first cell: O(m*n + islands * n) time, which on a wide grid
// full of small islands (n columns, islands ~ m*n) grows like (m*n)^2.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        int islands = 0;
        for (int r = 0; r < m; ++r) {
            int c = 0;
            while (c < n) {
                if (grid[r][c] != '1') {
                    ++c;
                    continue;
                }
                ++islands;
                grid[r][c] = '0';
                queue<pair<int, int>> pending;
                pending.push({r, c});
                while (!pending.empty()) {
                    auto [i, j] = pending.front();
                    pending.pop();
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a < 0 || a >= m || b < 0 || b >= n || grid[a][b] != '1') continue;
                        grid[a][b] = '0';
                        pending.push({a, b});
                    }
                }
                c = 0;  // the flood changed this row: start it over
            }
        }
        return islands;
    }
};
