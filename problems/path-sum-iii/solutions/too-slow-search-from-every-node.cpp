// Correct but too slow: the usual double recursion. For every node, walk down from it and
// count the paths starting there that reach the target (sums in long long). Each node is
// visited once per ancestor: O(n * h) time, O(n^2) on a chain (the budget series). With at
// most 1000 nodes it passes every test easily.
class Solution {
    int from(TreeNode* node, long long remaining) {
        if (!node) return 0;
        remaining -= node->val;
        return (remaining == 0) + from(node->left, remaining) + from(node->right, remaining);
    }

public:
    int pathSum(TreeNode* root, int targetSum) {
        if (!root) return 0;
        return from(root, targetSum) + pathSum(root->left, targetSum) +
               pathSum(root->right, targetSum);
    }
};
