// Reference solution: if the new colour is already the start's colour there is nothing to
// do. Otherwise an explicit stack walks the start's region through the four side
// neighbours; a cell is recoloured when it is pushed, so the new colour itself marks it
// as visited and no cell is pushed twice. Iterative: no deep recursion.
// O(m*n) time, O(m*n) stack at worst.
class Solution {
public:
    vector<vector<int>> floodFill(vector<vector<int>>& image, int sr, int sc, int color) {
        const int original = image[sr][sc];
        if (original == color) return image;
        const int m = image.size(), n = image[0].size();
        const int dr[4] = {1, -1, 0, 0};
        const int dc[4] = {0, 0, 1, -1};
        vector<pair<int, int>> stack = {{sr, sc}};
        image[sr][sc] = color;
        while (!stack.empty()) {
            auto [r, c] = stack.back();
            stack.pop_back();
            for (int d = 0; d < 4; ++d) {
                const int a = r + dr[d], b = c + dc[d];
                if (a < 0 || a >= m || b < 0 || b >= n || image[a][b] != original) continue;
                image[a][b] = color;
                stack.push_back({a, b});
            }
        }
        return image;
    }
};
