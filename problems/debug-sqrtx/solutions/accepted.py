# Reference solution: binary search for the largest r with r * r <= x.
# O(log x) time, O(1) memory.
class Solution:
    def mySqrt(self, x: int) -> int:
        lo, hi = 0, x  # the root lies in [lo, hi]
        while lo < hi:
            mid = (lo + hi + 1) // 2  # upper middle: the range shrinks
            if mid * mid <= x:
                lo = mid
            else:
                hi = mid - 1
        return lo
