# Wrong on purpose: walks text1 and matches each character with its next occurrence in
# text2, never skipping a character that could be matched. An early match can block longer
# ones: "zabc" / "abcz" matches z with text2's last character and stops at 1 instead of 3.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        count, j = 0, 0
        for a in text1:
            k = text2.find(a, j)
            if k >= 0:
                count += 1
                j = k + 1
        return count
