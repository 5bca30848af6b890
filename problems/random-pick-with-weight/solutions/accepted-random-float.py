# Also right, LeetCode's editorial form: a real target in [0, total), and the first prefix
# sum strictly above it (bisect_right).
class Solution:

    def __init__(self, w: List[int]):
        self.prefix = []
        total = 0
        for weight in w:
            total += weight
            self.prefix.append(total)

    def pickIndex(self) -> int:
        target = random.random() * self.prefix[-1]
        return bisect.bisect_right(self.prefix, target)
