// Correct but quadratic: the filled set grows by sweeping the whole image row by row,
// adding every cell of the start's colour next to a filled one, until a sweep adds
// nothing. A sweep can add as little as one cell (a row filled from its right end), so
// a region of k cells may take k sweeps over all m*n cells.
class Solution {
public:
    vector<vector<int>> floodFill(vector<vector<int>>& image, int sr, int sc, int color) {
        const int m = image.size(), n = image[0].size();
        const int original = image[sr][sc];
        vector<vector<bool>> filled(m, vector<bool>(n, false));
        filled[sr][sc] = true;
        bool changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < m; ++r) {
                for (int c = 0; c < n; ++c) {
                    if (filled[r][c] || image[r][c] != original) continue;
                    if ((r > 0 && filled[r - 1][c]) || (r + 1 < m && filled[r + 1][c]) ||
                        (c > 0 && filled[r][c - 1]) || (c + 1 < n && filled[r][c + 1])) {
                        filled[r][c] = true;
                        changed = true;
                    }
                }
            }
        }
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (filled[r][c]) image[r][c] = color;
        return image;
    }
};
