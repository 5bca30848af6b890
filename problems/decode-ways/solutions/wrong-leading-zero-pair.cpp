// Wrong on purpose: the two-digit check forgets that "01".."09" are not codes, so "06" is
// read as 6 ("06" -> 1 instead of 0).
class Solution {
public:
    int numDecodings(string s) {
        int two = 1, one = s[0] != '0' ? 1 : 0;
        for (size_t i = 1; i < s.size(); ++i) {
            int cur = 0;
            if (s[i] != '0') cur += one;
            int pair = (s[i - 1] - '0') * 10 + (s[i] - '0');
            if (pair >= 1 && pair <= 26) cur += two;
            two = one;
            one = cur;
        }
        return one;
    }
};
