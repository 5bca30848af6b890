// Correct but quadratic: if s is not a palindrome, delete each index in turn and check the
// rest with two pointers. Each check stops at its first mismatch, but on a long
// near-palindrome that mismatch is far in: O(n^2).
class Solution {
  static bool PalindromeWithout(const string& s, int skip) {
    int l = 0, r = (int)s.size() - 1;
    while (l < r) {
      if (l == skip) { ++l; continue; }
      if (r == skip) { --r; continue; }
      if (s[l++] != s[r--]) return false;
    }
    return true;
  }

 public:
  bool validPalindrome(string s) {
    if (PalindromeWithout(s, -1)) return true;
    for (int i = 0; i < (int)s.size(); ++i) {
      if (PalindromeWithout(s, i)) return true;
    }
    return false;
  }
};
