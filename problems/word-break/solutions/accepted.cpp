// Reference solution: DP over the end positions, trying only the word lengths the
// dictionary has. ok[i] says whether the first i characters split into words. With
// L <= 20 distinct lengths of at most 20 letters: O(n * L * 20) time, independent of how
// far back the string goes; O(n + dictionary) memory.
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string_view> words(wordDict.begin(), wordDict.end());
        set<int> lengths;
        for (const string& w : wordDict) lengths.insert(w.size());
        int n = s.size();
        string_view text(s);
        vector<char> ok(n + 1, 0);
        ok[0] = 1;
        for (int i = 1; i <= n; ++i) {
            for (int len : lengths) {
                if (len > i) break;
                if (ok[i - len] && words.count(text.substr(i - len, len))) {
                    ok[i] = 1;
                    break;
                }
            }
        }
        return ok[n];
    }
};
