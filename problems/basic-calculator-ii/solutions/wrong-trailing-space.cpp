// Wrong: skips spaces before checking for the end of the string, so when the expression
// ends with a space the last number is never applied (" 3/2 " gives 3).
class Solution {
public:
    int calculate(string s) {
        vector<int> terms;
        int num = 0;
        char op = '+';
        for (int i = 0; i < (int)s.size(); ++i) {
            const char c = s[i];
            if (c == ' ') continue;
            if (isdigit(c)) num = num * 10 + (c - '0');
            if (!isdigit(c) || i == (int)s.size() - 1) {
                switch (op) {
                    case '+': terms.push_back(num); break;
                    case '-': terms.push_back(-num); break;
                    case '*': terms.back() *= num; break;
                    case '/': terms.back() /= num; break;
                }
                op = c;
                num = 0;
            }
        }
        long long total = 0;
        for (int t : terms) total += t;
        return (int)total;
    }
};
