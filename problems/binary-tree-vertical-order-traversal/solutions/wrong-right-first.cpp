// Wrong: the breadth-first search queues the right child before the left one. Rows still
// come out top to bottom, but two nodes sharing a row and a column are listed right to left
// (sample 2: 1 before 0).
class Solution {
public:
    vector<vector<int>> verticalOrder(TreeNode* root) {
        vector<vector<int>> result;
        if (!root) return result;
        map<int, vector<int>> columns;
        queue<pair<TreeNode*, int>> q;
        q.push({root, 0});
        while (!q.empty()) {
            auto [node, col] = q.front();
            q.pop();
            columns[col].push_back(node->val);
            if (node->right) q.push({node->right, col + 1});
            if (node->left) q.push({node->left, col - 1});
        }
        for (auto& [col, vals] : columns) result.push_back(vals);
        return result;
    }
};
