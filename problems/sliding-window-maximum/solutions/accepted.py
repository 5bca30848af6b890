# Reference solution: a monotonic deque of indices with decreasing values; the front is the
# maximum and expires by index. O(n) time, O(k) memory.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        window = deque()
        result = []
        for i, x in enumerate(nums):
            if window and window[0] <= i - k:
                window.popleft()
            while window and nums[window[-1]] <= x:
                window.pop()
            window.append(i)
            if i >= k - 1:
                result.append(nums[window[0]])
        return result
