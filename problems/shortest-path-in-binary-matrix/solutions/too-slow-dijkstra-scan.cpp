// Correct but quadratic: Dijkstra's algorithm as in a textbook without a heap. Each step
// scans every cell for the closest one not yet settled, so a grid of n cells costs n²
// (a breadth-first search suffices: every step costs 1).
class Solution {
public:
    int shortestPathBinaryMatrix(vector<vector<int>>& grid) {
        const int n = grid.size();
        if (grid[0][0] != 0 || grid[n - 1][n - 1] != 0) return -1;
        const int cells = n * n;
        vector<int> dist(cells, INT_MAX);
        vector<char> settled(cells, 0);
        dist[0] = 1;
        while (true) {
            int closest = -1;
            for (int k = 0; k < cells; ++k) {
                if (!settled[k] && dist[k] != INT_MAX && (closest < 0 || dist[k] < dist[closest]))
                    closest = k;
            }
            if (closest < 0) return -1;
            if (closest == cells - 1) return dist[closest];
            settled[closest] = 1;
            const int i = closest / n, j = closest % n;
            for (int di = -1; di <= 1; ++di) {
                for (int dj = -1; dj <= 1; ++dj) {
                    int a = i + di, b = j + dj;
                    if (a < 0 || a >= n || b < 0 || b >= n || grid[a][b] != 0) continue;
                    dist[a * n + b] = min(dist[a * n + b], dist[closest] + 1);
                }
            }
        }
    }
};
