# Reference solution: the Levenshtein table, kept as two rows. cur[j] is the distance
# between the first i characters of word1 and the first j of word2. O(n * m) time,
# O(m) memory.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m = len(word2)
        prev = list(range(m + 1))  # insert the first j characters
        for i, a in enumerate(word1, 1):
            cur = [i] + [0] * m  # delete the first i characters
            for j in range(1, m + 1):
                if a == word2[j - 1]:
                    cur[j] = prev[j - 1]
                else:
                    cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
            prev = cur
        return prev[m]
