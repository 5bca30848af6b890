// Wrong on purpose: at the first mismatch only the left letter is deleted, so a string
// whose extra letter is on the right fails ("eeeed" -> false).
class Solution {
  static bool IsPalindrome(const string& s, int l, int r) {
    while (l < r) {
      if (s[l++] != s[r--]) return false;
    }
    return true;
  }

 public:
  bool validPalindrome(string s) {
    int l = 0, r = (int)s.size() - 1;
    while (l < r) {
      if (s[l] != s[r]) return IsPalindrome(s, l + 1, r);
      ++l;
      --r;
    }
    return true;
  }
};
