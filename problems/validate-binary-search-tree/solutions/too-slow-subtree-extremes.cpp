// Correct but too slow: the definition taken literally. For every node, walk its whole
// left subtree for the largest value and its whole right subtree for the smallest, and
// compare them with the node. Every node is visited once per ancestor: O(n * h) time,
// O(n^2) on a chain (budget O(n)). Outer walk with an explicit stack; the subtree walks
// recurse, at most 10^4 deep.
class Solution {
    // Largest and smallest value of the subtree under node (which is not null).
    void extremes(TreeNode* node, int& smallest, int& largest) {
        smallest = min(smallest, node->val);
        largest = max(largest, node->val);
        if (node->left) extremes(node->left, smallest, largest);
        if (node->right) extremes(node->right, smallest, largest);
    }

public:
    bool isValidBST(TreeNode* root) {
        vector<TreeNode*> stack;
        if (root) stack.push_back(root);
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            if (node->left) {
                int smallest = INT_MAX, largest = INT_MIN;
                extremes(node->left, smallest, largest);
                if (largest >= node->val) return false;
                stack.push_back(node->left);
            }
            if (node->right) {
                int smallest = INT_MAX, largest = INT_MIN;
                extremes(node->right, smallest, largest);
                if (smallest <= node->val) return false;
                stack.push_back(node->right);
            }
        }
        return true;
    }
};
