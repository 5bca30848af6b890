// Wrong on purpose: the fill also spreads to the four diagonal neighbours, so cells that
// touch the region only at a corner are recoloured too (sample 1's bottom-right cell).
class Solution {
public:
    vector<vector<int>> floodFill(vector<vector<int>>& image, int sr, int sc, int color) {
        const int original = image[sr][sc];
        if (original == color) return image;
        const int m = image.size(), n = image[0].size();
        vector<pair<int, int>> stack = {{sr, sc}};
        image[sr][sc] = color;
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            for (int dr = -1; dr <= 1; ++dr) {
                for (int dc = -1; dc <= 1; ++dc) {
                    const int a = r + dr, b = c + dc;
                    if (a < 0 || a >= m || b < 0 || b >= n || image[a][b] != original) continue;
                    image[a][b] = color;
                    stack.push_back({a, b});
                }
            }
        }
        return image;
    }
};
