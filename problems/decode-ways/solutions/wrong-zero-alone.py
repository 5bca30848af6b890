# Wrong on purpose: every single digit counts as a code, '0' included ("10" -> 2 instead
# of 1, "06" -> 1 instead of 0).
class Solution:
    def numDecodings(self, s: str) -> int:
        two, one = 1, 1
        for i in range(1, len(s)):
            cur = one
            if "10" <= s[i - 1:i + 1] <= "26":
                cur += two
            two, one = one, cur
        return one
