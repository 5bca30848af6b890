// Wrong on purpose: when no window reaches the target, the "not found" marker INT_MAX is
// returned as it is, instead of 0.
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        const int n = nums.size();
        int best = INT_MAX;
        int left = 0, sum = 0;
        for (int right = 0; right < n; ++right) {
            sum += nums[right];
            while (sum >= target) {
                best = min(best, right - left + 1);
                sum -= nums[left++];
            }
        }
        return best;
    }
};
