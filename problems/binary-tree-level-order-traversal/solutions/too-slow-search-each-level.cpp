// Correct but too slow: finds the height first, then for every depth d walks the tree
// again down to depth d to collect that level, left to right. O(n * h) time for height h:
// O(n log n) on a random tree, O(n^2) on a chain (the budget series). The hidden chains
// have at most 1000 nodes, so it passes every test.
class Solution {
    int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }
    void collect(TreeNode* node, int depth, vector<int>& level) {
        if (!node) return;
        if (depth == 0) {
            level.push_back(node->val);
            return;
        }
        collect(node->left, depth - 1, level);
        collect(node->right, depth - 1, level);
    }

public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels(height(root));
        for (int d = 0; d < (int)levels.size(); ++d) collect(root, d, levels[d]);
        return levels;
    }
};
