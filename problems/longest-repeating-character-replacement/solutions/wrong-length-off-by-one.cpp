// Wrong on purpose: the window's length is taken as right - left, one short, both in the
// test and in the answer ("A", k=0 -> 0).
class Solution {
 public:
  int characterReplacement(string s, int k) {
    int count[26] = {0};
    int left = 0, maxf = 0, best = 0;
    for (int right = 0; right < (int)s.size(); ++right) {
      maxf = max(maxf, ++count[s[right] - 'A']);
      while (right - left - maxf > k) --count[s[left++] - 'A'];
      best = max(best, right - left);
    }
    return best;
  }
};
