# Reference solution: one pass, O(1) extra memory. `total` holds the finished terms, `last`
# the current signed term; '+'/'-' close the term, '*'/'/' fold the number into it.
# Python's // floors, so the quotient is taken on absolute values and the sign put back:
# truncation toward zero, as required. O(n) time.
class Solution:
    def calculate(self, s: str) -> int:
        total = last = num = 0
        op = "+"
        for c in s + "+":  # a final '+' closes the last number
            if c == " ":
                continue
            if c.isdigit():
                num = num * 10 + ord(c) - 48
                continue
            if op == "+":
                total += last
                last = num
            elif op == "-":
                total += last
                last = -num
            elif op == "*":
                last *= num
            else:
                q = abs(last) // num
                last = q if last >= 0 else -q
            op = c
            num = 0
        return total + last
