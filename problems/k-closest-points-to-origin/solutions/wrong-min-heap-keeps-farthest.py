# Wrong: keeps a heap of size k but with plain (not negated) distances, so heapq pops the
# *closest* point whenever the heap grows past k: what stays are the k farthest points.
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        heap = []
        for x, y in points:
            heapq.heappush(heap, (x * x + y * y, x, y))
            if len(heap) > k:
                heapq.heappop(heap)
        return [[x, y] for _, x, y in heap]
