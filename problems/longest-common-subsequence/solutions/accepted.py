# Reference solution: the classic table, kept as one row. row[j] is the LCS of the text1
# prefix seen so far and the first j characters of text2. O(n * m) time, O(m) memory.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        m = len(text2)
        row = [0] * (m + 1)
        for a in text1:
            diagonal = 0  # row[j - 1] of the previous line
            for j in range(1, m + 1):
                above = row[j]
                if a == text2[j - 1]:
                    row[j] = diagonal + 1
                elif row[j - 1] > above:
                    row[j] = row[j - 1]
                diagonal = above
        return row[m]
