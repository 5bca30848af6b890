// Correct but exponential: the recurrence without a memo. Equal first characters are
// matched; otherwise both ways of dropping one are tried, and the same suffix pairs are
// solved again and again. Fast when the texts mostly match; two texts with no common
// character of length n make about 4^n calls.
class Solution {
    int lcs(const string& a, const string& b, int i, int j) {
        if (i == (int)a.size() || j == (int)b.size()) return 0;
        if (a[i] == b[j]) return 1 + lcs(a, b, i + 1, j + 1);
        return max(lcs(a, b, i + 1, j), lcs(a, b, i, j + 1));
    }
public:
    int longestCommonSubsequence(string text1, string text2) {
        return lcs(text1, text2, 0, 0);
    }
};
