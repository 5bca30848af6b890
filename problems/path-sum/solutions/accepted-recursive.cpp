// Also accepted: the usual recursion, subtracting each value from the target on the way
// down; a leaf answers whether what is left equals its own value. O(n) time, O(h) stack.
class Solution {
public:
    bool hasPathSum(TreeNode* root, int targetSum) {
        if (!root) return false;
        if (!root->left && !root->right) return root->val == targetSum;
        return hasPathSum(root->left, targetSum - root->val) ||
               hasPathSum(root->right, targetSum - root->val);
    }
};
