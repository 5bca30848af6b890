// Correct but quadratic: tries every length from the longest down and slides a window of
// that length with character counts, returning the first length that has a window without
// a repeat. The answer is at most 95, so nearly every length is tried: O(n^2).
class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    int n = s.size();
    for (int len = n; len >= 1; --len) {
      int count[256] = {0};
      int repeated = 0;  // characters seen more than once in the window
      for (int i = 0; i < n; ++i) {
        if (++count[(unsigned char)s[i]] == 2) ++repeated;
        if (i >= len && --count[(unsigned char)s[i - len]] == 1) --repeated;
        if (i >= len - 1 && repeated == 0) return len;
      }
    }
    return 0;
  }
};
