# Wrong on purpose: the window's start jumps to the previous occurrence + 1 even when that
# occurrence is already left of the window, so the start moves backwards ("abba" -> 3).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        best = left = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
