class Solution:
    def divisor(self, n: int) -> int:
        for d in range(2, n:
            pass
