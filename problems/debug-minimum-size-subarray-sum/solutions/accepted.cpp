// Reference solution: a sliding window over positive numbers. The right end grows one step
// at a time; while the window's sum reaches the target, its length is a candidate and the
// left end moves in. Each index enters and leaves the window once.
// O(n) time, O(1) extra memory.
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        const int n = nums.size();
        int best = n + 1;  // no window is that long
        int left = 0;
        int sum = 0;  // at most 10^5 * 10^4 = 10^9: fits in int
        for (int right = 0; right < n; ++right) {
            sum += nums[right];
            while (sum >= target) {
                best = min(best, right - left + 1);
                sum -= nums[left++];
            }
        }
        return best == n + 1 ? 0 : best;
    }
};
