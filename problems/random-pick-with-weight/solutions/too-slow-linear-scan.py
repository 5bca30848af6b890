# Correct but too slow: the prefix sums are right, but each pick walks them from the start
# to the first one that reaches the target. O(n) a pick, so n picks cost O(n²) where a
# binary search (bisect) makes it O(n log n).
class Solution:

    def __init__(self, w: List[int]):
        self.prefix = list(accumulate(w))

    def pickIndex(self) -> int:
        target = random.randint(1, self.prefix[-1])
        for index, running in enumerate(self.prefix):
            if running >= target:
                return index
        return len(self.prefix) - 1
