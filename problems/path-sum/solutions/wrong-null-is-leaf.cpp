// Wrong: treats a missing child as the end of a path ("if (!root) return targetSum == 0"),
// so a path may stop at a node that still has a child: [1, 2] with target 1 answers true
// (1, then the missing right child), and so does an empty tree with target 0.
class Solution {
public:
    bool hasPathSum(TreeNode* root, int targetSum) {
        if (!root) return targetSum == 0;
        return hasPathSum(root->left, targetSum - root->val) ||
               hasPathSum(root->right, targetSum - root->val);
    }
};
