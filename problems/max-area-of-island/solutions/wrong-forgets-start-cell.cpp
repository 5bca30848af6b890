// Wrong on purpose: the area is counted when a neighbour is pushed, and the cell that
// starts the island is never counted: every area comes out one short (a lone cell has 0).
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        int best = 0;
        for (int r = 0; r < m; ++r) {
            for (int c = 0; c < n; ++c) {
                if (grid[r][c] != 1) continue;
                grid[r][c] = 0;
                queue<pair<int, int>> pending;
                pending.push({r, c});
                int area = 0;
                while (!pending.empty()) {
                    auto [i, j] = pending.front();
                    pending.pop();
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a < 0 || a >= m || b < 0 || b >= n || grid[a][b] != 1) continue;
                        grid[a][b] = 0;
                        ++area;
                        pending.push({a, b});
                    }
                }
                best = max(best, area);
            }
        }
        return best;
    }
};
