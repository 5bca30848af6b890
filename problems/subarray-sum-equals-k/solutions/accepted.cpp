// Reference solution: prefix sums. A subarray (i, j] sums to k exactly when
// P[j] - P[i] == k, so for every j count the earlier prefixes equal to P[j] - k.
// The empty prefix P[0] = 0 is counted before the loop. O(n) time, O(n) memory.
class Solution {
 public:
  int subarraySum(vector<int>& nums, int k) {
    unordered_map<int, int> seen;
    seen.reserve(nums.size() * 2 + 1);
    seen[0] = 1;
    int prefix = 0, count = 0;
    for (int x : nums) {
      prefix += x;
      auto it = seen.find(prefix - k);
      if (it != seen.end()) count += it->second;
      ++seen[prefix];
    }
    return count;
  }
};
