# Correct but exponential in general: the recurrence without a memo. Equal characters are
# skipped; otherwise deleting, inserting and replacing are all tried, solving the same
# suffix pairs again and again. Fast when the words mostly agree; with word2 of 3 letters
# that never match it already makes about (4/3) n³ calls, against an O(n) budget.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        def dist(i, j):
            if i == len(word1):
                return len(word2) - j
            if j == len(word2):
                return len(word1) - i
            if word1[i] == word2[j]:
                return dist(i + 1, j + 1)
            return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))
        return dist(0, 0)
