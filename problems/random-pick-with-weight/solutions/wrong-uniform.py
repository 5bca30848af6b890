# Wrong: ignores the weights and picks every index with the same chance.
class Solution:

    def __init__(self, w: List[int]):
        self.n = len(w)

    def pickIndex(self) -> int:
        return random.randrange(self.n)
