# Correct but quadratic: from every start, extend the window letter by letter with counts
# until it needs more than k replacements. Fast when the answer is short, but when k grows
# with n every start extends ~n letters: O(n^2).
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            count = [0] * 26
            maxf = 0
            for j in range(i, n):
                c = ord(s[j]) - 65
                count[c] += 1
                if count[c] > maxf:
                    maxf = count[c]
                if j - i + 1 - maxf > k:
                    break
                if j - i + 1 > best:
                    best = j - i + 1
        return best
