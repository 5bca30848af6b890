# Wrong on purpose: counts the mirrored pairs that differ and allows one. But a deletion
# shifts every letter after it, so one differing pair does not mean one deletion is
# enough ("abc" -> true).
class Solution:
    def validPalindrome(self, s: str) -> bool:
        n = len(s)
        mismatched = sum(1 for i in range(n // 2) if s[i] != s[n - 1 - i])
        return mismatched <= 1
