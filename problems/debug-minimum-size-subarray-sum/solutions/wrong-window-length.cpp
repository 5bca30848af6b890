// Wrong on purpose: the window [left, right] holds right - left + 1 elements, but its
// length is taken as right - left, one short (sample 1 answers 1 instead of 2).
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        const int n = nums.size();
        int best = INT_MAX;
        int left = 0, sum = 0;
        for (int right = 0; right < n; ++right) {
            sum += nums[right];
            while (sum >= target) {
                best = min(best, right - left);
                sum -= nums[left++];
            }
        }
        return best == INT_MAX ? 0 : best;
    }
};
