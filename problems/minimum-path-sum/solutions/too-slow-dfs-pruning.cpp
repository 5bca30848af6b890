// Correct but too slow: a depth-first search over the paths that only goes on from a cell
// when it has found a cheaper way to it than before (branch and bound). It never explores
// every path, but on random grids cells are improved again and again as cheaper routes turn
// up later in the search: about n² pushes for n cells.
class Solution {
public:
    int minPathSum(vector<vector<int>>& grid) {
        const int m = grid.size(), n = grid[0].size();
        vector<vector<int>> best(m, vector<int>(n, INT_MAX));
        vector<array<int, 3>> stack;
        best[0][0] = grid[0][0];
        stack.push_back({0, 0, grid[0][0]});
        while (!stack.empty()) {
            auto [i, j, cost] = stack.back();
            stack.pop_back();
            if (cost > best[i][j]) continue;  // improved since it was pushed
            if (j + 1 < n && cost + grid[i][j + 1] < best[i][j + 1]) {
                best[i][j + 1] = cost + grid[i][j + 1];
                stack.push_back({i, j + 1, best[i][j + 1]});
            }
            if (i + 1 < m && cost + grid[i + 1][j] < best[i + 1][j]) {
                best[i + 1][j] = cost + grid[i + 1][j];
                stack.push_back({i + 1, j, best[i + 1][j]});
            }
        }
        return best[m - 1][n - 1];
    }
};
