// Correct but quadratic: the Word Break style DP. ways[i] adds ways[j] for EVERY earlier
// cut j whose piece s[j..i) is a code "1".."26", although a code is never longer than two
// digits. The budget series shows it grows like n² against an O(n) budget.
class Solution {
public:
    int numDecodings(string s) {
        static const unordered_set<string> codes = [] {
            unordered_set<string> c;
            for (int k = 1; k <= 26; ++k) c.insert(to_string(k));
            return c;
        }();
        int n = s.size();
        vector<int> ways(n + 1, 0);
        ways[0] = 1;
        for (int i = 1; i <= n; ++i) {
            for (int j = 0; j < i; ++j) {
                if (ways[j] && codes.count(s.substr(j, i - j))) ways[i] += ways[j];
            }
        }
        return ways[n];
    }
};
