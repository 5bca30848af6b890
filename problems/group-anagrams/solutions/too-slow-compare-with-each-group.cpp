// Too slow on purpose: compares each word with the first word of every group found so far,
// sorting copies of both each time. Correct, and fast enough for every test, but n words
// that are all in different groups take n^2 / 2 comparisons: the budget series measures
// O(n^2) against O(n) (words of a fixed length). O(n^2 * L log L) time.
class Solution {
    static bool isAnagram(string a, string b) {
        if (a.size() != b.size()) return false;
        sort(a.begin(), a.end());
        sort(b.begin(), b.end());
        return a == b;
    }

public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        vector<vector<string>> groups;
        for (const string& word : strs) {
            bool placed = false;
            for (auto& group : groups) {
                if (isAnagram(word, group[0])) {
                    group.push_back(word);
                    placed = true;
                    break;
                }
            }
            if (!placed) groups.push_back({word});
        }
        return groups;
    }
};
