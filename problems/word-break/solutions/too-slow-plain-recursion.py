# Correct but exponential: tries every word that starts the rest of the string and
# recurses, without remembering the suffixes that already failed. "aaa...ab" against
# a, aa, aaa, ... explores every way to cut the a's before finding the b: it times out.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def can(start):
            if start == len(s):
                return True
            for w in wordDict:
                if s.startswith(w, start) and can(start + len(w)):
                    return True
            return False
        return can(0)
