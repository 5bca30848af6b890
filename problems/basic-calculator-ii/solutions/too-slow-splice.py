# Correct but too slow: evaluates like a pencil. After splitting into tokens, it finds the
# first '*' or '/' from the start again and again, computes it and splices the result into
# the token list in place of the three tokens; then the same for '+' and '-'. O(n) per
# operator, O(n^2) in all: the tests with 10^5 operators exceed the time limit. (No budget
# series can show this class: no scale generator builds valid expressions.)
class Solution:
    def calculate(self, s: str) -> int:
        tokens, num = [], None
        for c in s:
            if c.isdigit():
                num = (num or 0) * 10 + int(c)
            elif c != " ":
                tokens += [num, c]
                num = None
        tokens.append(num)
        for ops in ("*/", "+-"):
            while True:
                at = -1
                for i in range(1, len(tokens), 2):
                    if tokens[i] in ops:
                        at = i
                        break
                if at < 0:
                    break
                a, op, b = tokens[at - 1], tokens[at], tokens[at + 1]
                if op == "*":
                    r = a * b
                elif op == "/":
                    r = abs(a) // b * (1 if a >= 0 else -1)
                elif op == "+":
                    r = a + b
                else:
                    r = a - b
                tokens[at - 1:at + 2] = [r]
        return tokens[0]
