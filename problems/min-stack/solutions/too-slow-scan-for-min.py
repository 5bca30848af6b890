# Correct but too slow: a plain list, and getMin looks through all of it. Every call but
# getMin is O(1); getMin is O(n), so a sequence of n calls costs O(n²). The follow-up asks
# for O(1) getMin, which is the whole point of the problem.
class MinStack:

    def __init__(self):
        self.values = []

    def push(self, val: int) -> None:
        self.values.append(val)

    def pop(self) -> None:
        self.values.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return min(self.values)
