# Reference solution: one sliding window whose length minus its top letter count stays at
# most k; the window slides instead of shrinking while maxf does not grow. O(n) time.
class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        count = {}
        left = maxf = best = 0
        for right, c in enumerate(s):
            count[c] = count.get(c, 0) + 1
            if count[c] > maxf:
                maxf = count[c]
            while right - left + 1 - maxf > k:
                count[s[left]] -= 1
                left += 1
            if right - left + 1 > best:
                best = right - left + 1
        return best
