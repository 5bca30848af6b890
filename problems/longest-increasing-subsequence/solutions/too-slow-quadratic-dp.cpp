// Correct but quadratic: dp[i] is the longest increasing subsequence ending at i, found by
// looking at every earlier element. Fits LeetCode's n <= 2500 easily; the budget series
// shows it grows like n² against an O(n log n) budget.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int n = nums.size(), best = 0;
        vector<int> dp(n, 1);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < i; ++j) {
                if (nums[j] < nums[i]) dp[i] = max(dp[i], dp[j] + 1);
            }
            best = max(best, dp[i]);
        }
        return best;
    }
};
