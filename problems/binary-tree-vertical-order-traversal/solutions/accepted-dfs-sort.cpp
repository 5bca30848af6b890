// Also accepted: a pre-order walk (left before right) records (column, row, value) for each
// node, then a stable sort by (column, row). Nodes that share a row and a column were met
// left to right by the walk, and the stable sort keeps them so. O(n log n) time, O(n)
// memory: within the O(n) budget up to one log factor.
class Solution {
    vector<array<int, 3>> cells;  // column, row, value

    void walk(TreeNode* node, int col, int row) {
        if (!node) return;
        cells.push_back({col, row, node->val});
        walk(node->left, col - 1, row + 1);
        walk(node->right, col + 1, row + 1);
    }

public:
    vector<vector<int>> verticalOrder(TreeNode* root) {
        walk(root, 0, 0);
        stable_sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) {
            return a[0] != b[0] ? a[0] < b[0] : a[1] < b[1];
        });
        vector<vector<int>> result;
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i == 0 || cells[i][0] != cells[i - 1][0]) result.emplace_back();
            result.back().push_back(cells[i][2]);
        }
        return result;
    }
};
