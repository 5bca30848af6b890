// Wrong on purpose: the starts stop one short (i + k*L < n), so a window that ends at the
// last letter of s is missed ("xxbarfoo", ["foo","bar"] -> []).
class Solution {
 public:
  vector<int> findSubstring(string s, vector<string>& words) {
    vector<int> result;
    const int n = s.size(), k = words.size(), len = words[0].size();
    unordered_map<string, int> need;
    for (const string& w : words) ++need[w];
    for (int i = 0; i + k * len < n; ++i) {
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
