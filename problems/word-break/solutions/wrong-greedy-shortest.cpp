// Wrong on purpose: at each position takes the shortest word that fits and never goes back
// ("aaaaaaa" with aaaa, aaa: takes aaa, aaa, is left with "a" -> false instead of true).
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        vector<string> words = wordDict;
        sort(words.begin(), words.end(),
             [](const string& a, const string& b) { return a.size() < b.size(); });
        size_t i = 0;
        while (i < s.size()) {
            bool moved = false;
            for (const string& w : words) {
                if (s.compare(i, w.size(), w) == 0) {
                    i += w.size();
                    moved = true;
                    break;
                }
            }
            if (!moved) return false;
        }
        return true;
    }
};
