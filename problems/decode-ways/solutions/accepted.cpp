// Reference solution: two running counts. `one` is the number of ways to decode the prefix
// ending one character back, `two` two characters back; the next digit extends `one` if it
// is not '0', and the last two digits extend `two` if they make 10..26. O(n) time, O(1)
// memory.
class Solution {
public:
    int numDecodings(string s) {
        int two = 1, one = s[0] != '0' ? 1 : 0;
        for (size_t i = 1; i < s.size(); ++i) {
            int cur = 0;
            if (s[i] != '0') cur += one;
            int pair = (s[i - 1] - '0') * 10 + (s[i] - '0');
            if (pair >= 10 && pair <= 26) cur += two;
            two = one;
            one = cur;
        }
        return one;
    }
};
