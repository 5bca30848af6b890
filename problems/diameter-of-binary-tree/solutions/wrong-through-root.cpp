// Wrong: assumes the longest path passes through the root, so it answers
// height(left) + height(right) at the root only. A tree whose longest path turns inside
// one subtree (a deep left subtree with two long arms, a short right one) proves it wrong.
class Solution {
    int height(TreeNode* node) {
        if (!node) return 0;
        return 1 + max(height(node->left), height(node->right));
    }

public:
    int diameterOfBinaryTree(TreeNode* root) {
        return height(root->left) + height(root->right);
    }
};
