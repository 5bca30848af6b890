// Also accepted: pass down the open interval each node must lie in. The bounds are
// long long, one beyond the int range, so INT_MIN and INT_MAX are legal values.
// Recursive: a 10^4-deep chain is fine for the C++ stack. O(n) time, O(h) stack.
class Solution {
    bool valid(TreeNode* node, long long low, long long high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return valid(node->left, low, node->val) && valid(node->right, node->val, high);
    }

public:
    bool isValidBST(TreeNode* root) {
        return valid(root, LLONG_MIN, LLONG_MAX);
    }
};
