// Reference solution: two pointers from both ends. At the first mismatch one of the two
// letters must go: the rest is fine when either s[l+1..r] or s[l..r-1] is a palindrome.
// Both must be tried; neither choice can be made by looking at the neighbours alone.
// O(n) time, O(1) memory.
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
      if (s[l] != s[r]) return IsPalindrome(s, l + 1, r) || IsPalindrome(s, l, r - 1);
      ++l;
      --r;
    }
    return true;
  }
};
