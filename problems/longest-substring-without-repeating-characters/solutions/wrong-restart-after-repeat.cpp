// Wrong on purpose: on a repeat the window restarts at the repeated character, dropping
// the characters between the two copies ("dvdf" -> 2, the answer is 3 with "vdf").
class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    set<char> window;
    int best = 0;
    for (char c : s) {
      if (window.count(c)) window.clear();
      window.insert(c);
      best = max(best, (int)window.size());
    }
    return best;
  }
};
