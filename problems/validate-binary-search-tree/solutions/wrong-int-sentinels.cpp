// Wrong: passes bounds down, but uses INT_MIN and INT_MAX for "no bound" with strict
// comparisons, so a node holding -2^31 or 2^31 - 1 (legal values) is rejected:
// [2147483647] answers false.
class Solution {
    bool valid(TreeNode* node, int low, int high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return valid(node->left, low, node->val) && valid(node->right, node->val, high);
    }

public:
    bool isValidBST(TreeNode* root) {
        return valid(root, INT_MIN, INT_MAX);
    }
};
