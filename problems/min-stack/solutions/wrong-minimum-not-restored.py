# Wrong on purpose: keeps one running minimum and never restores it when that value is
# popped: after push 1, push 0, pop, getMin still answers 0. It resets only when the stack
# becomes empty.
class MinStack:

    def __init__(self):
        self.values = []
        self.minimum = inf

    def push(self, val: int) -> None:
        self.values.append(val)
        self.minimum = min(self.minimum, val)

    def pop(self) -> None:
        self.values.pop()
        if not self.values:
            self.minimum = inf

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.minimum
