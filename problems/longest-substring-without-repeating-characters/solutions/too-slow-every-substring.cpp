// Correct but cubic: the textbook brute force. Every substring s[i..j] is checked by
// putting its characters in a set and comparing sizes: O(n^2) substrings, O(n) each.
class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    int n = s.size(), best = 0;
    for (int i = 0; i < n; ++i) {
      for (int j = i; j < n; ++j) {
        unordered_set<char> chars(s.begin() + i, s.begin() + j + 1);
        if ((int)chars.size() == j - i + 1) best = max(best, j - i + 1);
      }
    }
    return best;
  }
};
