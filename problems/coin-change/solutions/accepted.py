# Reference solution: bottom-up DP over the amounts. dp[a] is the fewest coins that pay a,
# amount + 1 standing for "cannot". O(amount * coins) time, O(amount) memory.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        none = amount + 1
        dp = [none] * (amount + 1)
        dp[0] = 0
        for a in range(1, amount + 1):
            best = none
            for c in coins:
                if c <= a and dp[a - c] + 1 < best:
                    best = dp[a - c] + 1
            dp[a] = best
        return -1 if dp[amount] == none else dp[amount]
