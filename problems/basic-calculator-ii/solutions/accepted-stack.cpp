// Also accepted: the textbook stack. Each finished term is pushed with its sign; '*' and
// '/' replace the top with the product or quotient (truncation toward zero: -3/2 is -1).
// The answer is the sum of the stack. O(n) time, O(n) memory.
class Solution {
public:
    int calculate(string s) {
        vector<int> terms;
        int num = 0;
        char op = '+';
        for (int i = 0; i < (int)s.size(); ++i) {
            const char c = s[i];
            if (isdigit(c)) num = num * 10 + (c - '0');
            if ((!isdigit(c) && c != ' ') || i == (int)s.size() - 1) {
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
