// Wrong on purpose: the words go into a set, so a window only has to consist of listed
// words, not of each word as many times as listed ("barbar", ["bar","foo"] -> [0]).
class Solution {
 public:
  vector<int> findSubstring(string s, vector<string>& words) {
    vector<int> result;
    const int n = s.size(), k = words.size(), len = words[0].size();
    set<string> known(words.begin(), words.end());
    for (int i = 0; i + k * len <= n; ++i) {
      int j = 0;
      while (j < k && known.count(s.substr(i + j * len, len))) ++j;
      if (j == k) result.push_back(i);
    }
    return result;
  }
};
