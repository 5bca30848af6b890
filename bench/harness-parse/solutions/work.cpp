// The baseline each parse time is compared with: ordinary O(n log n) / O(n) work on the
// input, as a typical accepted LeetCode solution would do.
class Solution {
public:
    long long work(int kind, vector<int>& nums, TreeNode* root, vector<string>& words) {
        if (kind == 0) {
            sort(nums.begin(), nums.end());
            return unique(nums.begin(), nums.end()) - nums.begin();
        }
        if (kind == 1) {
            long long sum = 0;
            vector<TreeNode*> stack;
            if (root) stack.push_back(root);
            while (!stack.empty()) {
                TreeNode* node = stack.back();
                stack.pop_back();
                sum += node->val;
                if (node->left) stack.push_back(node->left);
                if (node->right) stack.push_back(node->right);
            }
            return sum;
        }
        unordered_set<string> seen(words.begin(), words.end());
        return seen.size();
    }
};
