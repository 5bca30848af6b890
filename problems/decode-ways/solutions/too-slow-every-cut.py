# Correct but quadratic: the Word Break style DP. ways[i] adds ways[j] for EVERY earlier
# cut j whose piece s[j:i] is a code "1".."26", although a code is never longer than two
# digits. The budget series shows it grows like n² against an O(n) budget.
class Solution:
    def numDecodings(self, s: str) -> int:
        codes = {str(k) for k in range(1, 27)}
        ways = [1] + [0] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(i):
                if ways[j] and s[j:i] in codes:
                    ways[i] += ways[j]
        return ways[len(s)]
