# Wrong on purpose: a window is accepted when its letters are an anagram of all the words'
# letters, which ignores where the word boundaries are ("baab", ["ab","ab"] -> [0]).
class Solution:
    def findSubstring(self, s: str, words: List[str]) -> List[int]:
        total = sum(len(w) for w in words)
        letters = sorted("".join(words))
        return [i for i in range(len(s) - total + 1) if sorted(s[i:i + total]) == letters]
