# Wrong: the target is drawn from 1..total but searched with bisect_right (it should be
# bisect_left). Every index loses its last target to the next one, and the target total
# lands past the end: it returns len(w), which is not an index.
class Solution:

    def __init__(self, w: List[int]):
        self.prefix = list(accumulate(w))

    def pickIndex(self) -> int:
        target = random.randint(1, self.prefix[-1])
        return bisect_right(self.prefix, target)
