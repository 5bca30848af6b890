# Correct but quadratic: from every start, extend the window until it covers t and keep
# the shortest; when no window from a start covers t, no later start can either. Fast when
# covering windows are short, O(|s|^2) when they are long (|t| growing with |s|).
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        m = len(s)
        best = ""
        for i in range(m):
            have = defaultdict(int)
            missing = len(t)
            j = i
            while j < m and missing > 0:
                c = s[j]
                if have[c] < need[c]:
                    missing -= 1
                have[c] += 1
                j += 1
            if missing > 0:
                break
            if not best or j - i < len(best):
                best = s[i:j]
        return best
