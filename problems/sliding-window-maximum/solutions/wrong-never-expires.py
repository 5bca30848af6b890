# Wrong on purpose: a max-heap of values without indices, so an old maximum that has left
# the window is never removed ([7,2,4], k=2 -> [7,7]).
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = []
        result = []
        for i, x in enumerate(nums):
            heapq.heappush(heap, -x)
            if i >= k - 1:
                result.append(-heap[0])
        return result
