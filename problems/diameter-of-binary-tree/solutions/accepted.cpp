// Reference solution: one post-order pass. A node's height is 1 + the larger of its
// children's heights, and the longest path that turns at the node has
// height(left) + height(right) edges; the answer is the largest of those. Iterative, with
// an explicit stack, so a chain 10^4 levels deep needs no deep recursion.
// O(n) time, O(n) memory.
class Solution {
public:
    int diameterOfBinaryTree(TreeNode* root) {
        unordered_map<TreeNode*, int> height;  // nodes counted on the deepest downward path
        height[nullptr] = 0;
        int best = 0;
        vector<pair<TreeNode*, bool>> stack = {{root, false}};
        while (!stack.empty()) {
            auto [node, children_done] = stack.back();
            stack.pop_back();
            if (!node) continue;
            if (children_done) {
                const int l = height[node->left], r = height[node->right];
                best = max(best, l + r);
                height[node] = 1 + max(l, r);
            } else {
                stack.push_back({node, true});
                stack.push_back({node->left, false});
                stack.push_back({node->right, false});
            }
        }
        return best;
    }
};
