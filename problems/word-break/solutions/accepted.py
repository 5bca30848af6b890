# Reference solution: DP over the end positions, trying only the word lengths the
# dictionary has. ok[i] says whether the first i characters split into words. With at most
# 20 distinct lengths of at most 20 letters, the work per position does not depend on n.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(w) for w in wordDict})
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for k in lengths:
                if k > i:
                    break
                if ok[i - k] and s[i - k:i] in words:
                    ok[i] = True
                    break
        return ok[len(s)]
