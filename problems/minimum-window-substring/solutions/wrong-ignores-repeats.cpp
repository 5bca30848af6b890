// Wrong on purpose: t is turned into a set of letters, so a window with one 'a' is taken
// to cover t = "aa" ("a", "aa" -> "a", the answer is "").
class Solution {
 public:
  string minWindow(string s, string t) {
    set<char> letters(t.begin(), t.end());
    map<char, int> have;
    int covered = 0, left = 0, best_start = 0, best_len = INT_MAX;
    for (int right = 0; right < (int)s.size(); ++right) {
      if (letters.count(s[right]) && have[s[right]]++ == 0) ++covered;
      while (covered == (int)letters.size()) {
        if (right - left + 1 < best_len) {
          best_len = right - left + 1;
          best_start = left;
        }
        if (letters.count(s[left]) && --have[s[left]] == 0) --covered;
        ++left;
      }
    }
    return best_len == INT_MAX ? "" : s.substr(best_start, best_len);
  }
};
