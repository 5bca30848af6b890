// Wrong on purpose: a two-pointer window that shrinks while its sum is above k. That only
// works when every value is positive; with negatives and zeros it misses subarrays.
class Solution {
 public:
  int subarraySum(vector<int>& nums, int k) {
    int left = 0, sum = 0, count = 0;
    for (int right = 0; right < (int)nums.size(); ++right) {
      sum += nums[right];
      while (sum > k && left < right) sum -= nums[left++];
      if (sum == k) ++count;
    }
    return count;
  }
};
