// Wrong on purpose: keys each word by the set of letters it holds (a 26-bit mask), which
// ignores how often each letter occurs: "aab", "abb" and "ab" land in one group.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<int, vector<string>> groups;
        for (const string& word : strs) {
            int mask = 0;
            for (char c : word) mask |= 1 << (c - 'a');
            groups[mask].push_back(word);
        }
        vector<vector<string>> result;
        for (auto& [mask, words] : groups) result.push_back(words);
        return result;
    }
};
