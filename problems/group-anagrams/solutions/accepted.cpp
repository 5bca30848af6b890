// Reference solution: two words are anagrams exactly when their sorted letters match, so
// the sorted word is the key of a hash map from key to group.
// O(n * L log L) time for n words of length at most L, O(n * L) memory.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, int> group_of;
        vector<vector<string>> groups;
        for (const string& word : strs) {
            string key = word;
            sort(key.begin(), key.end());
            auto [it, inserted] = group_of.try_emplace(key, (int)groups.size());
            if (inserted) groups.emplace_back();
            groups[it->second].push_back(word);
        }
        return groups;
    }
};
