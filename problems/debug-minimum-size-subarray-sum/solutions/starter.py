# Sliding window: extend to the right, and while the window reaches the target, record
# its length and drop elements from the left.
class Solution:
    def minSubArrayLen(self, target: int, nums: List[int]) -> int:
        best = math.inf
        left = 0
        window_sum = 0
        for right in range(len(nums)):
            window_sum += nums[right]
            while left < right and window_sum >= target:
                best = min(best, right - left + 1)
                window_sum -= nums[left]
                left += 1
        return 0 if best == math.inf else best
