# Wrong on purpose: the window is judged by the count of the letter just added instead of
# the most frequent letter in it, so a window whose top letter is another one shrinks too
# early ("BAAAB", k=2 -> 4, the answer is 5).
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        count = {}
        left = best = 0
        for right, c in enumerate(s):
            count[c] = count.get(c, 0) + 1
            while right - left + 1 - count[c] > k:
                count[s[left]] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
