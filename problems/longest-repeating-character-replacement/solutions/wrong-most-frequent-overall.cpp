// Wrong on purpose: a greedy that only tries the letter most frequent in the whole string,
// though a rarer letter may be packed more densely somewhere ("ABCADAEAFAGGGG", k=1 -> 3,
// the answer is 5 with "AGGGG").
class Solution {
 public:
  int characterReplacement(string s, int k) {
    int total[26] = {0};
    for (char c : s) ++total[c - 'A'];
    char target = 'A' + (max_element(total, total + 26) - total);
    int left = 0, others = 0, best = 0;
    for (int right = 0; right < (int)s.size(); ++right) {
      others += s[right] != target;
      while (others > k) others -= s[left++] != target;
      best = max(best, right - left + 1);
    }
    return best;
  }
};
