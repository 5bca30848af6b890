// Reference solution: breadth-first search. The queue holds exactly one level at the start
// of each round; taking that many nodes off it gives the level, left to right, and queues
// the next one. O(n) time, O(n) memory (the widest level).
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        if (!root) return levels;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            vector<int>& level = levels.emplace_back();
            for (int count = q.size(); count > 0; --count) {
                TreeNode* node = q.front();
                q.pop();
                level.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
        }
        return levels;
    }
};
