// Wrong on purpose: the search moves only up, down, left and right, as in most grid
// problems; here diagonal steps are allowed too, so paths come out too long (or missing).
class Solution {
public:
    int shortestPathBinaryMatrix(vector<vector<int>>& grid) {
        const int n = grid.size();
        if (grid[0][0] != 0 || grid[n - 1][n - 1] != 0) return -1;
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        vector<vector<int>> dist(n, vector<int>(n, 0));
        queue<pair<int, int>> pending;
        dist[0][0] = 1;
        pending.push({0, 0});
        while (!pending.empty()) {
            auto [i, j] = pending.front();
            pending.pop();
            if (i == n - 1 && j == n - 1) return dist[i][j];
            for (int d = 0; d < 4; ++d) {
                int a = i + dr[d], b = j + dc[d];
                if (a < 0 || a >= n || b < 0 || b >= n) continue;
                if (grid[a][b] != 0 || dist[a][b] != 0) continue;
                dist[a][b] = dist[i][j] + 1;
                pending.push({a, b});
            }
        }
        return -1;
    }
};
