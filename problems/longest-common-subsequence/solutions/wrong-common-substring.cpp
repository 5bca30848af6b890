// Wrong on purpose: resets the count on a mismatch, which finds the longest common
// SUBSTRING (contiguous), not subsequence ("abcde" / "ace" -> 1 instead of 3).
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int n = text1.size(), m = text2.size(), best = 0;
        vector<vector<int>> dp(n + 1, vector<int>(m + 1, 0));
        for (int i = 1; i <= n; ++i) {
            for (int j = 1; j <= m; ++j) {
                dp[i][j] = text1[i - 1] == text2[j - 1] ? dp[i - 1][j - 1] + 1 : 0;
                best = max(best, dp[i][j]);
            }
        }
        return best;
    }
};
