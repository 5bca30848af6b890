// Reference solution: breadth-first search, left child before right, carrying each node's
// column. A level-by-level walk meets the nodes of a column top to bottom, and the nodes of
// one row left to right, which is exactly the order asked for. Columns go into a hash map;
// the smallest and largest column seen give the range to read them out in.
// O(n) time, O(n) memory.
class Solution {
public:
    vector<vector<int>> verticalOrder(TreeNode* root) {
        vector<vector<int>> result;
        if (!root) return result;
        unordered_map<int, vector<int>> columns;
        int lowest = 0, highest = 0;
        queue<pair<TreeNode*, int>> q;
        q.push({root, 0});
        while (!q.empty()) {
            auto [node, col] = q.front();
            q.pop();
            columns[col].push_back(node->val);
            lowest = min(lowest, col);
            highest = max(highest, col);
            if (node->left) q.push({node->left, col - 1});
            if (node->right) q.push({node->right, col + 1});
        }
        for (int col = lowest; col <= highest; ++col) result.push_back(move(columns[col]));
        return result;
    }
};
