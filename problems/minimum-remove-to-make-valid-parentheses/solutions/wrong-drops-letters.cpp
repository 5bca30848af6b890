// Wrong: the stack logic is right, but the result is built from the brackets alone: the
// letters are lost. The answer is balanced and in order, but much shorter than it should
// be (sample 1 gives "(())", not "lee(t(c)o)de").
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
        for (int i = 0; i < (int)s.size(); ++i) {
            if (drop[i]) continue;
            if (s[i] == '(' || s[i] == ')') result += s[i];
        }
        return result;
    }
};
