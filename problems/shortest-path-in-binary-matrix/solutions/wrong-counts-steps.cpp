// Wrong on purpose: the distance counts steps (edges), starting at 0, but the path's
// length is the number of cells it visits: every answer is one short (a 1 x 1 grid gives 0).
class Solution {
public:
    int shortestPathBinaryMatrix(vector<vector<int>>& grid) {
        const int n = grid.size();
        if (grid[0][0] != 0 || grid[n - 1][n - 1] != 0) return -1;
        vector<vector<int>> dist(n, vector<int>(n, -1));
        queue<pair<int, int>> pending;
        dist[0][0] = 0;
        pending.push({0, 0});
        while (!pending.empty()) {
            auto [i, j] = pending.front();
            pending.pop();
            if (i == n - 1 && j == n - 1) return dist[i][j];
            for (int di = -1; di <= 1; ++di) {
                for (int dj = -1; dj <= 1; ++dj) {
                    int a = i + di, b = j + dj;
                    if (a < 0 || a >= n || b < 0 || b >= n) continue;
                    if (grid[a][b] != 0 || dist[a][b] >= 0) continue;
                    dist[a][b] = dist[i][j] + 1;
                    pending.push({a, b});
                }
            }
        }
        return -1;
    }
};
