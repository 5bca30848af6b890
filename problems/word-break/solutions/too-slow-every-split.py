# Correct but quadratic (and more): the textbook DP that tries every earlier split point j
# for every end i, slicing s[j:i] each time, although no word is longer than 20 letters.
# The budget series shows it grows like n² against an O(n) budget.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True
                    break
        return ok[len(s)]
