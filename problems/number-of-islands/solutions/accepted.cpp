// Reference solution: scan the grid; each unvisited land cell starts a new island, which a
// breadth-first search over the four side neighbours sinks (marks '0') so that it is
// counted once. Iterative, so a 90,000-cell island needs no deep recursion.
// O(m*n) time, O(min(m, n)) queue on average.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        int islands = 0;
        queue<pair<int, int>> pending;
        for (int r = 0; r < m; ++r) {
            for (int c = 0; c < n; ++c) {
                if (grid[r][c] != '1') continue;
                ++islands;
                grid[r][c] = '0';
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
            }
        }
        return islands;
    }
};
