// Wrong: the prefix-sum method with int sums. A sum past 2^31 wraps around and can land on
// a wanted value: on the chain 10^9, 10^9, 294967296, 10^9, 10^9, 10^9 with target 0, the
// first three wrap to 2^32 = 0 and count as a path. (On LeetCode, whose sanitizer traps
// signed overflow, the same code is a runtime error.)
class Solution {
    unordered_map<int, int> on_branch;
    int count = 0;
    void walk(TreeNode* node, int sum, int target) {
        if (!node) return;
        sum += node->val;
        count += on_branch[sum - target];
        ++on_branch[sum];
        walk(node->left, sum, target);
        walk(node->right, sum, target);
        --on_branch[sum];
    }

public:
    int pathSum(TreeNode* root, int targetSum) {
        on_branch = {{0, 1}};
        count = 0;
        walk(root, 0, targetSum);
        return count;
    }
};
