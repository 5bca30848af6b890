# Reference solution: one pass with a stack of the positions of the '(' still open; a ')'
# with nothing open is deleted at once, and the '(' left on the stack are deleted at the
# end. O(n) time, O(n) memory.
class Solution:
    def minRemoveToMakeValid(self, s: str) -> str:
        chars = list(s)
        open_at = []
        for i, c in enumerate(chars):
            if c == "(":
                open_at.append(i)
            elif c == ")":
                if open_at:
                    open_at.pop()
                else:
                    chars[i] = ""
        for i in open_at:
            chars[i] = ""
        return "".join(chars)
