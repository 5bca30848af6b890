# Wrong on purpose: the left end shrinks only once, at the first time the window covers t,
# and that window is returned; a shorter window further right is never looked for
# ("ADOBECODEBANC", "ABC" -> "ADOBEC", the answer is "BANC").
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                return s[left:right + 1]
        return ""
