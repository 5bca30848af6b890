// Wrong on purpose: the usual recursion, but it returns the left subtree's result as soon
// as it is non-null, without looking at the right subtree. When p and q sit on different
// sides, it answers with whichever of them comes first instead of their ancestor.
class Solution {
public:
    TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
        if (!root || root == p || root == q) return root;
        TreeNode* left = lowestCommonAncestor(root->left, p, q);
        if (left) return left;
        return lowestCommonAncestor(root->right, p, q);
    }
};
