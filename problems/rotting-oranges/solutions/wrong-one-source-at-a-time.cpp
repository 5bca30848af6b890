// Wrong on purpose: a breadth-first search from each rotten orange in turn, sharing one
// visited mark. The first source claims every orange it can reach, with its own (larger)
// distances; a closer rotten orange found later cannot lower them.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        vector<vector<int>> when(m, vector<int>(n, -1));
        int worst = 0;
        for (int r = 0; r < m; ++r) {
            for (int c = 0; c < n; ++c) {
                if (grid[r][c] != 2) continue;
                queue<pair<int, int>> pending;
                when[r][c] = 0;
                pending.push({r, c});
                while (!pending.empty()) {
                    auto [i, j] = pending.front();
                    pending.pop();
                    worst = max(worst, when[i][j]);
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a < 0 || a >= m || b < 0 || b >= n || grid[a][b] != 1) continue;
                        if (when[a][b] >= 0) continue;
                        when[a][b] = when[i][j] + 1;
                        pending.push({a, b});
                    }
                }
            }
        }
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (grid[r][c] == 1 && when[r][c] < 0) return -1;
        return worst;
    }
};
