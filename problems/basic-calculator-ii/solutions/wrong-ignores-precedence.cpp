// Wrong: applies the operators strictly from left to right, as a pocket calculator does:
// "3+2*2" gives 10 instead of 7.
class Solution {
public:
    int calculate(string s) {
        long long result = 0, num = 0;
        char op = '+';
        for (size_t i = 0; i <= s.size(); ++i) {
            const char c = i < s.size() ? s[i] : '+';
            if (c == ' ') continue;
            if (isdigit(c)) {
                num = num * 10 + (c - '0');
                continue;
            }
            if (op == '+') result += num;
            else if (op == '-') result -= num;
            else if (op == '*') result *= num;
            else result /= num;
            op = c;
            num = 0;
        }
        return (int)result;
    }
};
