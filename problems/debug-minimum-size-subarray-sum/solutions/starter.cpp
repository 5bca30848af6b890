// Sliding window: extend to the right, and while the window reaches the target, record
// its length and drop elements from the left.
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        int n = nums.size();
        int best = INT_MAX;
        int left = 0, sum = 0;
        for (int right = 0; right < n; ++right) {
            sum += nums[right];
            while (left < right && sum >= target) {
                best = min(best, right - left + 1);
                sum -= nums[left];
                left++;
            }
        }
        return best == INT_MAX ? 0 : best;
    }
};
