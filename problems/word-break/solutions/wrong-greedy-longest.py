# Wrong on purpose: at each position takes the longest word that fits and never goes back
# ("cars" with car, ca, rs: takes "car", is left with "s" -> false instead of true).
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        by_length = sorted(wordDict, key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in by_length:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True
