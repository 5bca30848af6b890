// Correct but quadratic: from every start, extend the window until it covers t and keep
// the shortest. When no window from a start covers t, no later start can either. Fast when
// covering windows are short, O(|s|^2) when they are long (|t| growing with |s|).
class Solution {
 public:
  string minWindow(string s, string t) {
    int need[128] = {0};
    for (char c : t) ++need[c];
    int m = s.size(), best_start = 0, best_len = INT_MAX;
    for (int i = 0; i < m; ++i) {
      int have[128] = {0};
      int missing = t.size(), j = i;
      while (j < m && missing > 0) {
        if (have[s[j]]++ < need[s[j]]) --missing;
        ++j;
      }
      if (missing > 0) break;
      if (j - i < best_len) {
        best_len = j - i;
        best_start = i;
      }
    }
    return best_len == INT_MAX ? "" : s.substr(best_start, best_len);
  }
};
