// Wrong: deletes every ')' that closes nothing, but forgets the '(' still open at the end
// ("((((((" comes back unchanged).
class Solution {
public:
    string minRemoveToMakeValid(string s) {
        string result;
        int depth = 0;
        for (char c : s) {
            if (c == ')') {
                if (depth == 0) continue;
                --depth;
            } else if (c == '(') {
                ++depth;
            }
            result += c;
        }
        return result;
    }
};
