// Reference solution: a breadth-first search that starts from every rotten orange at once
// (multi-source). The queue is processed one minute (one level) at a time; each fresh
// orange rots when it is first reached. Fresh oranges never reached make the answer -1.
// O(m*n) time and space.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        queue<pair<int, int>> rotten;
        int fresh = 0;
        for (int r = 0; r < m; ++r) {
            for (int c = 0; c < n; ++c) {
                if (grid[r][c] == 2) rotten.push({r, c});
                if (grid[r][c] == 1) ++fresh;
            }
        }
        int minutes = 0;
        while (fresh > 0 && !rotten.empty()) {
            ++minutes;
            for (int k = rotten.size(); k > 0; --k) {
                auto [i, j] = rotten.front();
                rotten.pop();
                for (int d = 0; d < 4; ++d) {
                    int a = i + dr[d], b = j + dc[d];
                    if (a < 0 || a >= m || b < 0 || b >= n || grid[a][b] != 1) continue;
                    grid[a][b] = 2;
                    --fresh;
                    rotten.push({a, b});
                }
            }
        }
        return fresh == 0 ? minutes : -1;
    }
};
