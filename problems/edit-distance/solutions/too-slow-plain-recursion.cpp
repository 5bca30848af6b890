// Correct but exponential in general: the recurrence without a memo. Equal characters are
// skipped; otherwise deleting, inserting and replacing are all tried, solving the same
// suffix pairs again and again. Fast when the words mostly agree; with word2 of 3 letters
// that never match it already makes about (4/3) n³ calls, against an O(n) budget.
class Solution {
    int dist(const string& a, const string& b, int i, int j) {
        if (i == (int)a.size()) return b.size() - j;
        if (j == (int)b.size()) return a.size() - i;
        if (a[i] == b[j]) return dist(a, b, i + 1, j + 1);
        return 1 + min({dist(a, b, i + 1, j), dist(a, b, i, j + 1), dist(a, b, i + 1, j + 1)});
    }
public:
    int minDistance(string word1, string word2) { return dist(word1, word2, 0, 0); }
};
