// Correct but quadratic: every pair is tried. Passes the tests (10^4 elements fit in the
// time limit); the budget series shows it grows like n² against an O(n) budget.
class Solution {
 public:
  vector<int> twoSum(vector<int>& nums, int target) {
    for (int i = 0; i < (int)nums.size(); ++i) {
      for (int j = i + 1; j < (int)nums.size(); ++j) {
        if (nums[i] + nums[j] == target) return {i, j};
      }
    }
    return {};
  }
};
