# Correct but cubic: the textbook brute force. Every substring s[i..j] is checked by
# comparing its length with the size of its set of characters: O(n^2) substrings, O(n)
# each. (The slicing and the set are C code, so only the CPU time shows the third factor.)
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                if len(set(s[i:j])) == j - i:
                    best = max(best, j - i)
        return best
