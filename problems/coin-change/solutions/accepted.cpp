// Reference solution: bottom-up DP over the amounts. dp[a] is the fewest coins that pay a,
// amount + 1 standing for "cannot" (no more coins than that are ever needed, and it cannot
// overflow). O(amount * coins) time, O(amount) memory.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int none = amount + 1;
        vector<int> dp(amount + 1, none);
        dp[0] = 0;
        for (int a = 1; a <= amount; ++a) {
            for (int c : coins) {
                if (c <= a && dp[a - c] + 1 < dp[a]) dp[a] = dp[a - c] + 1;
            }
        }
        return dp[amount] == none ? -1 : dp[amount];
    }
};
