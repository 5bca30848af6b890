// Reference solution: the classic table, kept as two rows. cur[j] is the LCS of the first
// i characters of text1 and the first j of text2. O(n * m) time, O(m) memory.
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int m = text2.size();
        vector<int> prev(m + 1, 0), cur(m + 1, 0);
        for (char a : text1) {
            for (int j = 1; j <= m; ++j) {
                cur[j] = a == text2[j - 1] ? prev[j - 1] + 1 : max(prev[j], cur[j - 1]);
            }
            swap(prev, cur);
        }
        return prev[m];
    }
};
