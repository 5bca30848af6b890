# Correct and O(n) time, but keeps the whole table: dp[i] is the best over the first i
# houses. Two running values are enough, so this is over an O(1) memory budget.
class Solution:
    def rob(self, nums: List[int]) -> int:
        dp = [0] * (len(nums) + 1)
        dp[1] = nums[0]
        for i in range(2, len(nums) + 1):
            dp[i] = max(dp[i - 1], dp[i - 2] + nums[i - 1])
        return dp[-1]
