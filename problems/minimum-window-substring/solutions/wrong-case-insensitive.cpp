// Wrong on purpose: letters are compared without case, though 'a' and 'A' are different
// characters ("Aa", "aa" -> "Aa", the answer is "").
class Solution {
 public:
  string minWindow(string s, string t) {
    int need[128] = {0};
    for (char c : t) ++need[tolower(c)];
    int missing = t.size(), left = 0, best_start = 0, best_len = INT_MAX;
    for (int right = 0; right < (int)s.size(); ++right) {
      if (need[tolower(s[right])]-- > 0) --missing;
      while (missing == 0) {
        if (right - left + 1 < best_len) {
          best_len = right - left + 1;
          best_start = left;
        }
        if (++need[tolower(s[left++])] > 0) ++missing;
      }
    }
    return best_len == INT_MAX ? "" : s.substr(best_start, best_len);
  }
};
