# Builds the root one bit at a time, from the highest bit down: a bit is kept when the
# square of the root with that bit set still does not exceed x.
class Solution:
    def mySqrt(self, x: int) -> int:
        root = 0
        bit = 1 << 14
        while bit > 0:
            candidate = root | bit
            if candidate * candidate <= x:
                root = candidate
            bit >>= 1
        return root
