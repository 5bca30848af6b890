// Reference solution: a sliding window [left, i]. last[c] is the index after the last
// occurrence of c, so on a repeat the window's start jumps past it (never backwards).
// O(n) time, O(1) memory (one slot per byte value).
class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    int next_start[256] = {0};
    int best = 0, left = 0;
    for (int i = 0; i < (int)s.size(); ++i) {
      unsigned char c = s[i];
      left = max(left, next_start[c]);
      next_start[c] = i + 1;
      best = max(best, i - left + 1);
    }
    return best;
  }
};
