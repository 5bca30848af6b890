// Reference solution: one sliding window. A window is fine when its length minus the count
// of its most frequent letter is at most k. maxf only ever grows: a window can beat the
// best so far only with a larger maxf, so while it does not, the window slides (moves
// both ends) instead of shrinking. O(n) time, O(1) memory.
class Solution {
 public:
  int characterReplacement(string s, int k) {
    int count[26] = {0};
    int left = 0, maxf = 0;
    for (int right = 0; right < (int)s.size(); ++right) {
      maxf = max(maxf, ++count[s[right] - 'A']);
      if (right - left + 1 - maxf > k) --count[s[left++] - 'A'];
    }
    return (int)s.size() - left;
  }
};
