// Reference solution: an in-order walk with an explicit stack (a chain 10^4 levels deep
// needs no deep recursion). A tree is a valid BST exactly when its in-order sequence is
// strictly increasing, so each value only has to beat the one before it. The first value
// has no predecessor; a flag, not INT_MIN, says so, since INT_MIN is a legal value.
// O(n) time, O(h) memory.
class Solution {
public:
    bool isValidBST(TreeNode* root) {
        vector<TreeNode*> stack;
        bool has_prev = false;
        int prev = 0;
        TreeNode* node = root;
        while (node || !stack.empty()) {
            while (node) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if (has_prev && node->val <= prev) return false;
            has_prev = true;
            prev = node->val;
            node = node->right;
        }
        return true;
    }
};
