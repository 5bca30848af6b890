// Correct but quadratic: every start i, with a running sum over every end j.
// n(n+1)/2 subarrays: fast enough for 2 * 10^4 elements, but O(n^2) against an O(n) budget.
class Solution {
 public:
  int subarraySum(vector<int>& nums, int k) {
    int n = nums.size(), count = 0;
    for (int i = 0; i < n; ++i) {
      int sum = 0;
      for (int j = i; j < n; ++j) {
        sum += nums[j];
        if (sum == k) ++count;
      }
    }
    return count;
  }
};
