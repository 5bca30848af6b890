// Reference solution: two pointers with a count of what is still missing. The right end
// grows until the window covers t; then the left end shrinks while it still does, and
// every covering window is a candidate. O(|s| + |t|) time, O(1) extra memory.
class Solution {
 public:
  string minWindow(string s, string t) {
    int need[128] = {0};
    for (char c : t) ++need[c];
    int missing = t.size(), left = 0, best_start = 0, best_len = INT_MAX;
    for (int right = 0; right < (int)s.size(); ++right) {
      if (need[s[right]]-- > 0) --missing;
      while (missing == 0) {
        if (right - left + 1 < best_len) {
          best_len = right - left + 1;
          best_start = left;
        }
        if (++need[s[left++]] > 0) ++missing;
      }
    }
    return best_len == INT_MAX ? "" : s.substr(best_start, best_len);
  }
};
