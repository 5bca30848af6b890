// Correct but quadratic: Dijkstra's algorithm as in a textbook without a heap. Each step
// scans every cell for the unsettled one of least effort, so a grid of n cells costs n².
class Solution {
public:
    int minimumEffortPath(vector<vector<int>>& heights) {
        const int m = heights.size(), n = heights[0].size();
        const int cells = m * n;
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        vector<int> best(cells, INT_MAX);
        vector<char> settled(cells, 0);
        best[0] = 0;
        while (true) {
            int closest = -1;
            for (int k = 0; k < cells; ++k) {
                if (!settled[k] && (closest < 0 || best[k] < best[closest])) closest = k;
            }
            if (closest == cells - 1) return best[closest];
            settled[closest] = 1;
            const int i = closest / n, j = closest % n;
            for (int d = 0; d < 4; ++d) {
                int a = i + dr[d], b = j + dc[d];
                if (a < 0 || a >= m || b < 0 || b >= n) continue;
                int e = max(best[closest], abs(heights[a][b] - heights[i][j]));
                best[a * n + b] = min(best[a * n + b], e);
            }
        }
    }
};
