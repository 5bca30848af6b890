// Wrong: starts the best sum at 0, as if the empty path were allowed. When every value is
// negative it answers 0 instead of the largest value: [-3] gives 0.
class Solution {
    int best = 0;
    int gain(TreeNode* node) {
        if (!node) return 0;
        const int l = max(0, gain(node->left)), r = max(0, gain(node->right));
        best = max(best, node->val + l + r);
        return node->val + max(l, r);
    }

public:
    int maxPathSum(TreeNode* root) {
        best = 0;
        gain(root);
        return best;
    }
};
