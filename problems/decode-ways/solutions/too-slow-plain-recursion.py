# Correct but exponential: tries a one-digit and a two-digit code at every position without
# remembering the suffixes it has counted, so it makes as many calls as there are ways
# (and more). 44 ones make 1.8 * 10^9 ways: it times out.
class Solution:
    def numDecodings(self, s: str) -> int:
        def ways(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = ways(i + 1)
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                total += ways(i + 2)
            return total
        return ways(0)
