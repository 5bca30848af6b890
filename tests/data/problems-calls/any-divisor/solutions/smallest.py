class Solution:
    def divisor(self, n: int) -> int:
        d = 2
        while d * d <= n:
            if n % d == 0:
                return d
            d += 1
        return -1
