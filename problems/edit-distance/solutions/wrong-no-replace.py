# Wrong on purpose: only insertions and deletions, through the longest common subsequence
# (n + m - 2 * LCS), so a replacement costs 2 instead of 1 ("horse" -> "ros" gives 4, not 3).
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m = len(word2)
        prev = [0] * (m + 1)
        for a in word1:
            cur = [0] * (m + 1)
            for j in range(1, m + 1):
                cur[j] = prev[j - 1] + 1 if a == word2[j - 1] else max(prev[j], cur[j - 1])
            prev = cur
        return len(word1) + m - 2 * prev[m]
