// Wrong on purpose: the search counts the changes (edges), starting at 0, but the answer
// is the number of words in the sequence, beginWord included: every answer but 0 is one
// short.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unseen(wordList.begin(), wordList.end());
        if (!unseen.count(endWord)) return 0;
        unseen.erase(beginWord);
        queue<pair<string, int>> pending;
        pending.push({beginWord, 0});
        while (!pending.empty()) {
            auto [word, changes] = pending.front();
            pending.pop();
            if (word == endWord) return changes;
            for (char& c : word) {
                const char original = c;
                for (char letter = 'a'; letter <= 'z'; ++letter) {
                    c = letter;
                    if (unseen.erase(word)) pending.push({word, changes + 1});
                }
                c = original;
            }
        }
        return 0;
    }
};
