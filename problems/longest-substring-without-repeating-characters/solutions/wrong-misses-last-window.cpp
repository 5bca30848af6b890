// Wrong on purpose: the best length is only updated when a repeat closes the window, so a
// window that runs to the end of the string is never counted ("au" -> 0, "abcdefghij" -> 0).
class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    unordered_map<char, int> last;
    int best = 0, left = 0;
    for (int i = 0; i < (int)s.size(); ++i) {
      auto it = last.find(s[i]);
      if (it != last.end() && it->second >= left) {
        best = max(best, i - left);
        left = it->second + 1;
      }
      last[s[i]] = i;
    }
    return best;
  }
};
