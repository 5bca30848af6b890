# Reference solution: a sliding window over positive numbers. The right end grows one step
# at a time; while the window's sum reaches the target, its length is a candidate and the
# left end moves in. Each index enters and leaves the window once.
# O(n) time, O(1) extra memory.
class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        n = len(nums)
        best = n + 1  # no window is that long
        left = 0
        total = 0
        for right, x in enumerate(nums):
            total += x
            while total >= target:
                if right - left + 1 < best:
                    best = right - left + 1
                total -= nums[left]
                left += 1
        return 0 if best == n + 1 else best
