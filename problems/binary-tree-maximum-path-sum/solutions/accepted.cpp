// Reference solution: one post-order pass with an explicit stack (a chain 3*10^4 levels
// deep needs no deep recursion). gain(v) is the best sum of a downward path starting at v:
// v plus the better of its children's gains, counting a negative gain as 0 (leave that
// branch out). The best path turning at v is v + max(0, gain(left)) + max(0, gain(right)).
// best starts at the root's value, not 0: every value may be negative.
// O(n) time, O(n) memory.
class Solution {
public:
    int maxPathSum(TreeNode* root) {
        unordered_map<TreeNode*, int> gain;
        gain[nullptr] = 0;
        int best = root->val;
        vector<pair<TreeNode*, bool>> stack = {{root, false}};
        while (!stack.empty()) {
            auto [node, children_done] = stack.back();
            stack.pop_back();
            if (!node) continue;
            if (children_done) {
                const int l = max(0, gain[node->left]), r = max(0, gain[node->right]);
                best = max(best, node->val + l + r);
                gain[node] = node->val + max(l, r);
            } else {
                stack.push_back({node, true});
                stack.push_back({node->left, false});
                stack.push_back({node->right, false});
            }
        }
        return best;
    }
};
