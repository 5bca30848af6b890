// Correct but too slow: finds the height first, then for every depth d searches the tree
// again, right subtree first, for the first node at depth d. Each search may walk all the
// levels above d: O(n * h) time, O(n^2) on a chain (the budget series). With at most 100
// nodes it passes every test.
class Solution {
    int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }
    TreeNode* rightmost(TreeNode* node, int depth) {
        if (!node) return nullptr;
        if (depth == 0) return node;
        TreeNode* found = rightmost(node->right, depth - 1);
        return found ? found : rightmost(node->left, depth - 1);
    }

public:
    vector<int> rightSideView(TreeNode* root) {
        vector<int> view;
        for (int d = 0, h = height(root); d < h; ++d) view.push_back(rightmost(root, d)->val);
        return view;
    }
};
