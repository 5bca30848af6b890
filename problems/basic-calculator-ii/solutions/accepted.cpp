// Reference solution: one pass, O(1) extra memory. `total` holds the sum of the terms
// already finished, `last` the current term with its sign; `op` is the operator before the
// number being read. When a number ends, '+' and '-' close the current term (it joins the
// total) and start a new one, while '*' and '/' fold the number into the current term.
// C++'s integer division truncates toward zero, as required. O(n) time.
class Solution {
public:
    int calculate(string s) {
        long long total = 0, last = 0, num = 0;
        char op = '+';
        for (size_t i = 0; i <= s.size(); ++i) {
            const char c = i < s.size() ? s[i] : '+';  // a final '+' closes the last number
            if (c == ' ') continue;
            if (isdigit(c)) {
                num = num * 10 + (c - '0');
                continue;
            }
            if (op == '+' || op == '-') {
                total += last;
                last = op == '+' ? num : -num;
            } else if (op == '*') {
                last *= num;
            } else {
                last /= num;
            }
            op = c;
            num = 0;
        }
        return (int)(total + last);
    }
};
