# Reference solution: two pointers with a count of the letters still missing; the window
# grows to cover t, then shrinks while it still covers it. O(|s| + |t|) time.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        best_start, best_len = 0, math.inf
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                d = s[left]
                need[d] += 1
                if need[d] > 0:
                    missing += 1
                left += 1
        return "" if best_len == math.inf else s[best_start:best_start + best_len]
