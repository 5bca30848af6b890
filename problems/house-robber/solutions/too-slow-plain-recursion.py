# Correct but exponential: rob house i or not, recomputing the same suffixes again and
# again (about 1.6^n calls). Times out on 100 houses.
class Solution:
    def rob(self, nums: List[int]) -> int:
        def from_(i):
            if i >= len(nums):
                return 0
            return max(from_(i + 1), nums[i] + from_(i + 2))
        return from_(0)
