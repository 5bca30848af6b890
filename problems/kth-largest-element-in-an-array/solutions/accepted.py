# Reference solution: a min-heap of the k largest elements seen so far; its smallest is the
# answer. O(n log k) time, O(k) memory: within the O(n log n) budget. (Quickselect, in
# accepted-quickselect.py, is O(n) on average, but its random pivots make its step count
# jump between sizes, which a reference must not do.)
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = nums[:k]
        heapq.heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
