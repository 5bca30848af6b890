# Correct but exponential: for each number, try putting it in the first half or not,
# without remembering (index, remaining) pairs already tried. Quick when a split turns up
# early; when none exists it tries about 2^n subsets, against an O(n²) budget.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False

        def can(i, rem):
            if rem == 0:
                return True
            if i == len(nums) or rem < 0:
                return False
            return can(i + 1, rem - nums[i]) or can(i + 1, rem)

        return can(0, total // 2)
