// Wrong, the classic mistake: checks each node only against its own children. In
// [5, 4, 6, null, null, 3, 7] every parent is in order with its children, but 3 sits in
// the right subtree of 5.
class Solution {
public:
    bool isValidBST(TreeNode* root) {
        if (!root) return true;
        if (root->left && root->left->val >= root->val) return false;
        if (root->right && root->right->val <= root->val) return false;
        return isValidBST(root->left) && isValidBST(root->right);
    }
};
