# Wrong on purpose: rounds the square root to the nearest integer instead of down
# (sqrt(8) = 2.83 gives 3, not 2).
class Solution:
    def mySqrt(self, x: int) -> int:
        return round(math.sqrt(x))
