# Correct but too slow: find the largest element, remove it, and repeat k times. Each round
# scans what is left, so it costs O(n * k) time: quadratic when k grows with n (the budget
# series uses k = n/2). The hidden tests keep k small on the largest arrays, so it passes
# them all within the time limit; only the budget catches it.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        for _ in range(k - 1):
            best = 0
            for i in range(1, len(nums)):
                if nums[i] > nums[best]:
                    best = i
            nums[best] = nums[-1]  # remove the maximum: move the last element into its place
            nums.pop()
        return max(nums)
