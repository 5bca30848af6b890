// Correct but O(|s| * k * L): from every start, cut the next k words and count them,
// stopping at the first word that is not wanted (any more). Fast when windows fail early,
// quadratic when most of them match (s of one letter, words all the same).
class Solution {
 public:
  vector<int> findSubstring(string s, vector<string>& words) {
    vector<int> result;
    const int n = s.size(), k = words.size(), len = words[0].size();
    unordered_map<string, int> need;
    for (const string& w : words) ++need[w];
    for (int i = 0; i + (long long)k * len <= n; ++i) {
      unordered_map<string, int> seen;
      int j = 0;
      for (; j < k; ++j) {
        string word = s.substr(i + j * len, len);
        auto it = need.find(word);
        if (it == need.end() || ++seen[word] > it->second) break;
      }
      if (j == k) result.push_back(i);
    }
    return result;
  }
};
