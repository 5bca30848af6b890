// Wrong on purpose: INT_MAX marks "cannot pay", and dp[a - c] + 1 is taken without checking
// it, so an unpayable amount wraps to INT_MIN and wins the min ([2], 3 -> -2147483648).
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> dp(amount + 1, INT_MAX);
        dp[0] = 0;
        for (int a = 1; a <= amount; ++a) {
            for (int c : coins) {
                if (c <= a) {
                    int through = (int)((unsigned)dp[a - c] + 1u);  // wraps like a plain int would
                    dp[a] = min(dp[a], through);
                }
            }
        }
        return dp[amount] == INT_MAX ? -1 : dp[amount];
    }
};
