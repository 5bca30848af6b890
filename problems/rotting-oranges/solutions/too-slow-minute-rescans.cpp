// Correct but slower: simulate minute by minute, each minute scanning the whole grid for
// fresh oranges next to a rotten one (the rot of this minute is applied after the scan).
// A grid that needs k minutes costs k * m * n: O((m*n)^2) along a snake. On 10 x 10 grids
// it passes every test; the budget series, along the snake, catches it.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        int minutes = 0;
        while (true) {
            vector<pair<int, int>> rot;
            for (int i = 0; i < m; ++i) {
                for (int j = 0; j < n; ++j) {
                    if (grid[i][j] != 1) continue;
                    for (int d = 0; d < 4; ++d) {
                        int a = i + dr[d], b = j + dc[d];
                        if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 2) {
                            rot.push_back({i, j});
                            break;
                        }
                    }
                }
            }
            if (rot.empty()) break;
            for (auto [i, j] : rot) grid[i][j] = 2;
            ++minutes;
        }
        for (const auto& row : grid)
            for (int cell : row)
                if (cell == 1) return -1;
        return minutes;
    }
};
