// Wrong on purpose: sorts the numbers and closes in with two pointers, but returns the
// positions in the sorted copy instead of the original indices ([3,2,4], 6 -> [0,2]).
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        vector<int> sorted = nums;
        sort(sorted.begin(), sorted.end());
        int lo = 0, hi = (int)sorted.size() - 1;
        while (lo < hi) {
            long long sum = (long long)sorted[lo] + sorted[hi];
            if (sum == target) return {lo, hi};
            if (sum < target) ++lo; else --hi;
        }
        return {};
    }
};
