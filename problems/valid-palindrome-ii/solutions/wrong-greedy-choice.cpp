// Wrong on purpose: at a mismatch it picks the letter to delete by looking at the
// neighbours (skip left when s[l+1] matches s[r]), and never tries the other letter.
// When both neighbours match, the wrong one may be picked ("cuppucu" -> false).
class Solution {
 public:
  bool validPalindrome(string s) {
    int l = 0, r = (int)s.size() - 1;
    bool deleted = false;
    while (l < r) {
      if (s[l] == s[r]) {
        ++l;
        --r;
        continue;
      }
      if (deleted) return false;
      deleted = true;
      if (s[l + 1] == s[r]) ++l;
      else if (s[l] == s[r - 1]) --r;
      else return false;
    }
    return true;
  }
};
