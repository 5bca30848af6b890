// Wrong on purpose: the map does not start with the empty prefix (0 seen once), so the
// subarrays that start at index 0 are never counted ([1,1,1], k=2 -> 1).
class Solution {
 public:
  int subarraySum(vector<int>& nums, int k) {
    unordered_map<int, int> seen;
    int prefix = 0, count = 0;
    for (int x : nums) {
      prefix += x;
      if (seen.count(prefix - k)) count += seen[prefix - k];
      ++seen[prefix];
    }
    return count;
  }
};
