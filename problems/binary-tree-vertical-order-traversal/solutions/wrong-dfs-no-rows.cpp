// Wrong: a pre-order walk appends each value to its column as it meets it. Columns come out
// in the right order, but inside a column a deep node of the left subtree is listed before
// a shallower node of the right subtree (sample 3: 2 before 8 in column 1).
class Solution {
    map<int, vector<int>> columns;

    void walk(TreeNode* node, int col) {
        if (!node) return;
        columns[col].push_back(node->val);
        walk(node->left, col - 1);
        walk(node->right, col + 1);
    }

public:
    vector<vector<int>> verticalOrder(TreeNode* root) {
        walk(root, 0);
        vector<vector<int>> result;
        for (auto& [col, vals] : columns) result.push_back(vals);
        return result;
    }
};
