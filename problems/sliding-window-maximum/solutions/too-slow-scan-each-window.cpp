// Correct but O(n k): scans every window for its maximum. (n - k + 1) * k steps, which is
// n^2/4 when k = n/2.
class Solution {
 public:
  vector<int> maxSlidingWindow(vector<int>& nums, int k) {
    vector<int> result;
    for (int i = 0; i + k <= (int)nums.size(); ++i) {
      int best = nums[i];
      for (int j = i + 1; j < i + k; ++j) best = max(best, nums[j]);
      result.push_back(best);
    }
    return result;
  }
};
