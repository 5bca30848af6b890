# Wrong on purpose: the window [left, right] holds right - left + 1 elements, but its
# length is taken as right - left, one short (sample 1 answers 1 instead of 2).
class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        best = math.inf
        left = 0
        total = 0
        for right, x in enumerate(nums):
            total += x
            while total >= target:
                best = min(best, right - left)
                total -= nums[left]
                left += 1
        return 0 if best == math.inf else best
