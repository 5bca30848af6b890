// Reference solution: depth-first search with an explicit stack of (node, sum so far)
// (a chain 5000 levels deep needs no deep recursion); a leaf whose sum equals the target
// answers true. O(n) time, O(h) memory.
class Solution {
public:
    bool hasPathSum(TreeNode* root, int targetSum) {
        if (!root) return false;
        vector<pair<TreeNode*, int>> stack = {{root, root->val}};
        while (!stack.empty()) {
            auto [node, sum] = stack.back();
            stack.pop_back();
            if (!node->left && !node->right && sum == targetSum) return true;
            if (node->left) stack.push_back({node->left, sum + node->left->val});
            if (node->right) stack.push_back({node->right, sum + node->right->val});
        }
        return false;
    }
};
