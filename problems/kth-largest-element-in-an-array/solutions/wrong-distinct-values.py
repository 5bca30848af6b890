# Wrong: takes the k largest *distinct* values, so duplicates collapse. In
# [3, 2, 3, 1, 2, 4, 5, 5, 6] with k = 4 it answers 3 instead of 4.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return heapq.nlargest(k, set(nums))[-1]
