# Reference solution: two running counts. `one` is the number of ways to decode the prefix
# ending one character back, `two` two characters back; the next digit extends `one` if it
# is not '0', and the last two digits extend `two` if they make 10..26. O(n) time, O(1)
# memory.
class Solution:
    def numDecodings(self, s: str) -> int:
        two, one = 1, int(s[0] != "0")
        for i in range(1, len(s)):
            cur = one if s[i] != "0" else 0
            if "10" <= s[i - 1:i + 1] <= "26":
                cur += two
            two, one = one, cur
        return one
