# Wrong on purpose: the table starts with dp[1] = max(nums[0], nums[1]) without checking
# that there is a second house, so a street of one house raises IndexError.
class Solution:
    def rob(self, nums: List[int]) -> int:
        dp = [0] * len(nums)
        dp[0] = nums[0]
        dp[1] = max(nums[0], nums[1])
        for i in range(2, len(nums)):
            dp[i] = max(dp[i - 1], dp[i - 2] + nums[i])
        return dp[-1]
