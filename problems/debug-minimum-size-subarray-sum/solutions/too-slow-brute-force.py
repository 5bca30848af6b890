# Correct but quadratic: every start extends to the right until the sum reaches the
# target. When the only window is the whole array, each start scans to the end: ~n²/2.
class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        n = len(nums)
        best = 0
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total >= target:
                    if best == 0 or j - i + 1 < best:
                        best = j - i + 1
                    break
        return best
