# Wrong: the target is drawn from 0..total-1 but searched with bisect_left (it should be
# bisect_right, or the target 1..total). Target 0 lands on index 0, and the last index
# loses one of its targets: w = [1, 1] never picks index 1.
class Solution:

    def __init__(self, w: List[int]):
        self.prefix = list(accumulate(w))

    def pickIndex(self) -> int:
        target = random.randint(0, self.prefix[-1] - 1)
        return bisect_left(self.prefix, target)
