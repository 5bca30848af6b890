// Reference solution: for each offset 0..L-1, slide a window of whole words along s.
// A word not in the list resets the window; a word seen more often than listed shrinks it
// from the left. Every word enters and leaves each window once: O(|s| * L) time for the
// substrings, O(k) memory for the counts.
class Solution {
 public:
  vector<int> findSubstring(string s, vector<string>& words) {
    vector<int> result;
    const int n = s.size(), k = words.size(), len = words[0].size();
    if ((long long)k * len > n) return result;
    unordered_map<string, int> need;
    for (const string& w : words) ++need[w];
    for (int offset = 0; offset < len; ++offset) {
      unordered_map<string, int> have;
      int left = offset, used = 0;
      for (int right = offset; right + len <= n; right += len) {
        string word = s.substr(right, len);
        auto it = need.find(word);
        if (it == need.end()) {
          have.clear();
          used = 0;
          left = right + len;
          continue;
        }
        ++have[word];
        ++used;
        while (have[word] > it->second) {
          --have[s.substr(left, len)];
          --used;
          left += len;
        }
        if (used == k) {
          result.push_back(left);
          --have[s.substr(left, len)];
          --used;
          left += len;
        }
      }
    }
    return result;
  }
};
