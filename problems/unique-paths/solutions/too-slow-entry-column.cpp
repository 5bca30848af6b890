// Correct but O(m * n²): a path reaches cell (r, c) by coming down into row r at some
// column j <= c and walking right, so paths[r][c] sums paths[r-1][j] over every j <= c,
// recomputing the same prefix sums for each c. With the rows fixed, the budget series
// shows it grows like n² against an O(n) budget.
class Solution {
public:
    int uniquePaths(int m, int n) {
        vector<int> above(n, 1), row(n);
        for (int r = 1; r < m; ++r) {
            for (int c = 0; c < n; ++c) {
                int sum = 0;
                for (int j = 0; j <= c; ++j) sum += above[j];
                row[c] = sum;
            }
            swap(above, row);
        }
        return above[n - 1];
    }
};
