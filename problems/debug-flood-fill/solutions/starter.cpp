// Depth-first search from the start cell: paint it, then spread to the four neighbours
// that still have the start's colour.
class Solution {
public:
    vector<vector<int>> floodFill(vector<vector<int>>& image, int sr, int sc, int color) {
        paint(image, sr, sc, image[sr][sc], color);
        return image;
    }

private:
    void paint(vector<vector<int>>& image, int r, int c, int from, int to) {
        if (r < 0 || r >= (int)image.size() || c < 0 || c >= (int)image[0].size()) return;
        if (image[r][c] != from) return;
        image[r][c] = to;
        paint(image, r + 1, c, from, to);
        paint(image, r - 1, c, from, to);
        paint(image, r, c + 1, from, to);
        paint(image, r, c - 1, from, to);
    }
};
