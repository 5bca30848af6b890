// Wrong on purpose: collects each group in a set, which drops repeated words: ["a","a","b"]
// gives [["a"],["b"]] instead of [["a","a"],["b"]].
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        map<string, set<string>> groups;
        for (const string& word : strs) {
            string key = word;
            sort(key.begin(), key.end());
            groups[key].insert(word);
        }
        vector<vector<string>> result;
        for (auto& [key, words] : groups) result.emplace_back(words.begin(), words.end());
        return result;
    }
};
