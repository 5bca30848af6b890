# Correct but exponential: tries every coin at every step without remembering the amounts
# it has already solved. Fine for small amounts or large coins; with coins 1 to 6 it makes
# about 1.98^amount calls, against an O(amount) budget.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(left):
            if left == 0:
                return 0
            best = -1
            for c in coins:
                if c <= left:
                    rest = fewest(left - c)
                    if rest >= 0 and (best < 0 or rest + 1 < best):
                        best = rest + 1
            return best
        return fewest(amount)
