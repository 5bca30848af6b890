# Wrong on purpose: always takes as many of the largest coin as fit, then the next one.
# Takes too many coins ([1,3,4], 6 -> 3) or gets stuck ([5,3], 9 -> -1).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
