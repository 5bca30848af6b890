# Wrong: the textbook stack, with Python's // for the division. A term after '-' is pushed
# negative, and // rounds it down instead of toward zero: "14-3/2" gives 12, not 13.
class Solution:
    def calculate(self, s: str) -> int:
        stack, num, op = [], 0, "+"
        for i, c in enumerate(s):
            if c.isdigit():
                num = num * 10 + int(c)
            if (not c.isdigit() and c != " ") or i == len(s) - 1:
                if op == "+":
                    stack.append(num)
                elif op == "-":
                    stack.append(-num)
                elif op == "*":
                    stack.append(stack.pop() * num)
                else:
                    stack.append(stack.pop() // num)
                op, num = c, 0
        return sum(stack)
