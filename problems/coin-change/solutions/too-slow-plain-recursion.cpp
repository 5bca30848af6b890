// Correct but exponential: tries every coin at every step without remembering the amounts
// it has already solved. Fine for small amounts or large coins; with coins 1 to 6 it makes
// about 1.98^amount calls, against an O(amount) budget.
class Solution {
    int fewest(const vector<int>& coins, int left) {
        if (left == 0) return 0;
        int best = -1;
        for (int c : coins) {
            if (c > left) continue;
            int rest = fewest(coins, left - c);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) best = rest + 1;
        }
        return best;
    }
public:
    int coinChange(vector<int>& coins, int amount) {
        return fewest(coins, amount);
    }
};
