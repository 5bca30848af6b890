// Also accepted: the key is the 26 letter counts, each followed by '#', so counts of
// different widths cannot run together. O(n * (L + 26)) time.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, vector<string>> groups;
        for (const string& word : strs) {
            int count[26] = {};
            for (char c : word) ++count[c - 'a'];
            string key;
            for (int k = 0; k < 26; ++k) key += to_string(count[k]) + '#';
            groups[key].push_back(word);
        }
        vector<vector<string>> result;
        for (auto& [key, words] : groups) result.push_back(std::move(words));
        return result;
    }
};
