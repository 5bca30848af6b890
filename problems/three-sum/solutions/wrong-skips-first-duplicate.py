# Wrong: skips a first value when the *next* one is equal (nums[i] == nums[i + 1]) instead
# of when the previous one is. Then the search starting at the last copy of a value cannot
# use the earlier copies: [-1, -1, 2] is never found in [-1, 0, 1, 2, -1, -4].
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        n = len(nums)
        triplets = []
        for i in range(n - 2):
            if nums[i] == nums[i + 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = nums[i] + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    triplets.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return triplets
