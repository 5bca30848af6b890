# Wrong: deletes the ')' that close nothing, then counts the '(' left open and deletes that
# many '(' from the front of the string. The open ones are not always the first ones:
# "(()(" becomes ")(" instead of "()".
class Solution:
    def minRemoveToMakeValid(self, s: str) -> str:
        kept, depth = [], 0
        for c in s:
            if c == ")":
                if depth == 0:
                    continue
                depth -= 1
            elif c == "(":
                depth += 1
            kept.append(c)
        result = []
        for c in kept:
            if c == "(" and depth > 0:
                depth -= 1
                continue
            result.append(c)
        return "".join(result)
