# Reference solution: a sliding window whose start jumps past the previous occurrence of the
# current character, but never moves back. O(n) time, O(min(n, alphabet)) memory.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        best = left = 0
        for i, c in enumerate(s):
            j = last.get(c, -1)
            if j >= left:
                left = j + 1
            last[c] = i
            if i - left + 1 > best:
                best = i - left + 1
        return best
