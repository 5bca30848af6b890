# Correct but O(n k): the maximum of every window's slice. The slicing and max() are C
# code, so one line per window is counted, but the CPU time grows like (n - k + 1) * k.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
