# Correct but exponential: the recurrence without a memo. Equal first characters are
# matched; otherwise both ways of dropping one are tried, and the same suffix pairs are
# solved again and again. Fast when the texts mostly match; two texts with no common
# character of length n make about 4^n calls.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        sys.setrecursionlimit(10000)

        def lcs(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        return lcs(0, 0)
