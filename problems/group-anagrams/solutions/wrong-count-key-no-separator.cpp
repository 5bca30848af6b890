// Wrong on purpose: keys each word by its 26 letter counts written one after another with
// no separator, so a=11,b=1 and a=1,b=11 both give "111000...": words of 12 or more
// letters can share a key without being anagrams.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, vector<string>> groups;
        for (const string& word : strs) {
            int count[26] = {};
            for (char c : word) ++count[c - 'a'];
            string key;
            for (int k = 0; k < 26; ++k) key += to_string(count[k]);
            groups[key].push_back(word);
        }
        vector<vector<string>> result;
        for (auto& [key, words] : groups) result.push_back(words);
        return result;
    }
};
