// Reference solution: one pass with a stack of the positions of the '(' still open. A ')'
// with nothing open is marked for deletion; so is every '(' left on the stack at the end.
// Then the unmarked characters are copied. O(n) time, O(n) memory.
class Solution {
public:
    string minRemoveToMakeValid(string s) {
        vector<int> open;
        vector<bool> drop(s.size(), false);
        for (int i = 0; i < (int)s.size(); ++i) {
            if (s[i] == '(') {
                open.push_back(i);
            } else if (s[i] == ')') {
                if (open.empty()) drop[i] = true;
                else open.pop_back();
            }
        }
        for (int i : open) drop[i] = true;
        string result;
        result.reserve(s.size());
        for (int i = 0; i < (int)s.size(); ++i)
            if (!drop[i]) result += s[i];
        return result;
    }
};
