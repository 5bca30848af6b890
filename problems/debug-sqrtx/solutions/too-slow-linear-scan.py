# Correct but slow: tries r = 1, 2, 3, ... until (r + 1)^2 passes x, so it takes about
# sqrt(x) steps (46341 for x = 2^31 - 1), against log2(x) for a binary search.
class Solution:
    def mySqrt(self, x: int) -> int:
        r = 0
        while (r + 1) * (r + 1) <= x:
            r += 1
        return r
