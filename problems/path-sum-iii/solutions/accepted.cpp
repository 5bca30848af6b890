// Reference solution: prefix sums. Let S(v) be the sum from the root down to v. A downward
// path from u to v sums to S(v) - S(parent of u), so the paths ending at v that sum to the
// target are counted by how many ancestors' prefix sums (the empty prefix 0 included) equal
// S(v) - targetSum. A hash map holds the prefix sums of the current branch; each node adds
// its own on the way down and removes it on the way back up. Sums are long long: they reach
// 10^12. Iterative, so a 1000-deep chain needs no deep recursion. O(n) time, O(h) memory.
class Solution {
public:
    int pathSum(TreeNode* root, int targetSum) {
        if (!root) return 0;
        unordered_map<long long, int> on_branch = {{0, 1}};
        int count = 0;
        // (node, prefix sum through it, whether its children are done)
        vector<tuple<TreeNode*, long long, bool>> stack = {{root, root->val, false}};
        while (!stack.empty()) {
            auto [node, sum, done] = stack.back();
            stack.pop_back();
            if (done) {
                if (--on_branch[sum] == 0) on_branch.erase(sum);
                continue;
            }
            auto it = on_branch.find(sum - targetSum);
            if (it != on_branch.end()) count += it->second;
            ++on_branch[sum];
            stack.push_back({node, sum, true});
            if (node->right) stack.push_back({node->right, sum + node->right->val, false});
            if (node->left) stack.push_back({node->left, sum + node->left->val, false});
        }
        return count;
    }
};
