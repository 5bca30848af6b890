// Reference solution: Dijkstra's algorithm where a path's cost is its largest step so far
// (max instead of +; still never decreasing along a path, so the first time a cell leaves
// the heap its effort is final). O(n log n) time, O(n) space for n cells.
class Solution {
public:
    int minimumEffortPath(vector<vector<int>>& heights) {
        const int m = heights.size(), n = heights[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        vector<vector<int>> best(m, vector<int>(n, INT_MAX));
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
        best[0][0] = 0;
        heap.push({0, 0, 0});
        while (!heap.empty()) {
            auto [effort, i, j] = heap.top();
            heap.pop();
            if (i == m - 1 && j == n - 1) return effort;
            if (effort > best[i][j]) continue;
            for (int d = 0; d < 4; ++d) {
                int a = i + dr[d], b = j + dc[d];
                if (a < 0 || a >= m || b < 0 || b >= n) continue;
                int e = max(effort, abs(heights[a][b] - heights[i][j]));
                if (e < best[a][b]) {
                    best[a][b] = e;
                    heap.push({e, a, b});
                }
            }
        }
        return 0;  // not reached: the grid is connected
    }
};
