# Reference solution: sort the points by squared distance and keep the first k.
# O(n log n) time, O(n) memory.
class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        points.sort(key=lambda p: p[0] * p[0] + p[1] * p[1])
        return points[:k]
