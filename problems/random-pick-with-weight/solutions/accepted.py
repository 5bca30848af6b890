# Reference solution: prefix sums of the weights, then a uniform target in 1..total; the
# index picked is the first whose prefix sum reaches the target (bisect_left). Index i owns
# the targets prefix[i-1]+1 .. prefix[i], exactly w[i] of the total.
# O(n) to build, O(log n) per pick, O(n) memory.
class Solution:

    def __init__(self, w: List[int]):
        self.prefix = list(accumulate(w))

    def pickIndex(self) -> int:
        target = random.randint(1, self.prefix[-1])
        return bisect_left(self.prefix, target)
