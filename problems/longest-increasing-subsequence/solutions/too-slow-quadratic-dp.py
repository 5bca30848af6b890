# Correct but quadratic: dp[i] is the longest increasing subsequence ending at i, found by
# looking at every earlier element. The budget series shows it grows like n² against an
# O(n log n) budget.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        n = len(nums)
        dp = [1] * n
        for i in range(n):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and dp[j] >= dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp)
