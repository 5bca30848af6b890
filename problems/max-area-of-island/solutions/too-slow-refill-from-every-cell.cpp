// Correct but quadratic: every land cell runs its own flood fill with a fresh visited set,
// so an island of k cells is measured k times, k² work. One island of n cells costs n².
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
                set<pair<int, int>> seen = {{r, c}};
                vector<pair<int, int>> stack = {{r, c}};
                while (!stack.empty()) {
                    auto [i, j] = stack.back();
                    stack.pop_back();
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a < 0 || a >= m || b < 0 || b >= n || grid[a][b] != 1) continue;
                        if (seen.insert({a, b}).second) stack.push_back({a, b});
                    }
                }
                best = max(best, (int)seen.size());
            }
        }
        return best;
    }
};
