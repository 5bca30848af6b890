# Correct but quadratic: tries every length from the longest down and slides a window of
# that length with character counts, returning the first length that has a window without
# a repeat. The answer is at most 95, so nearly every length is tried: O(n^2).
# Too slow for the 5 * 10^4-character tests (about 10^9 steps).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        for length in range(n, 0, -1):
            count = {}
            repeated = 0
            for i in range(n):
                c = s[i]
                count[c] = count.get(c, 0) + 1
                if count[c] == 2:
                    repeated += 1
                if i >= length:
                    d = s[i - length]
                    count[d] -= 1
                    if count[d] == 1:
                        repeated -= 1
                if i >= length - 1 and repeated == 0:
                    return length
        return 0
