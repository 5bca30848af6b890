// Wrong: a depth-first walk with a stack instead of a queue. It files each value under the
// right depth, but pushing the left child before the right one pops the right subtree
// first, so every level comes out right to left.
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> levels;
        vector<pair<TreeNode*, int>> stack;
        if (root) stack.push_back({root, 0});
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            if (depth == (int)levels.size()) levels.emplace_back();
            levels[depth].push_back(node->val);
            if (node->left) stack.push_back({node->left, depth + 1});
            if (node->right) stack.push_back({node->right, depth + 1});
        }
        return levels;
    }
};
