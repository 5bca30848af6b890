# Reference solution: each stack entry also records the minimum of the entries up to and
# including it, so popping restores the previous minimum for free.
# O(1) per call, O(n) memory.
class MinStack:

    def __init__(self):
        self.entries = []  # (value, minimum of this entry and all below)

    def push(self, val: int) -> None:
        below = self.entries[-1][1] if self.entries else val
        self.entries.append((val, min(val, below)))

    def pop(self) -> None:
        self.entries.pop()

    def top(self) -> int:
        return self.entries[-1][0]

    def getMin(self) -> int:
        return self.entries[-1][1]
