// Correct but quadratic (and more): the textbook DP that tries every earlier split point j
// for every end i, copying s[j..i) each time, although no word is longer than 20 letters.
// Fits n <= 300 easily; the budget series shows it grows like n² (its copies like n³)
// against an O(n) budget.
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        int n = s.size();
        vector<bool> ok(n + 1, false);
        ok[0] = true;
        for (int i = 1; i <= n; ++i) {
            for (int j = 0; j < i; ++j) {
                if (ok[j] && words.count(s.substr(j, i - j))) {
                    ok[i] = true;
                    break;
                }
            }
        }
        return ok[n];
    }
};
