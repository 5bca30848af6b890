# Wrong on purpose: assumes the best plan robs every other house, so it compares the sum at
# even positions with the sum at odd positions ([2,1,1,2] -> 3 instead of 4).
class Solution:
    def rob(self, nums: List[int]) -> int:
        return max(sum(nums[0::2]), sum(nums[1::2]))
