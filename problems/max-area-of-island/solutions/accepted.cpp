// Reference solution: scan the grid; each land cell not yet visited starts a new island,
// which a breadth-first search over the four side neighbours sinks (sets to 0) while it
// counts the cells. Every cell is visited once. Iterative, so no deep recursion.
// O(m*n) time, O(m*n) queue at worst.
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        int best = 0;
        queue<pair<int, int>> pending;
        for (int r = 0; r < m; ++r) {
            for (int c = 0; c < n; ++c) {
                if (grid[r][c] != 1) continue;
                grid[r][c] = 0;
                pending.push({r, c});
                int area = 0;
                while (!pending.empty()) {
                    auto [i, j] = pending.front();
                    pending.pop();
                    ++area;
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a < 0 || a >= m || b < 0 || b >= n || grid[a][b] != 1) continue;
                        grid[a][b] = 0;
                        pending.push({a, b});
                    }
                }
                best = max(best, area);
            }
        }
        return best;
    }
};
