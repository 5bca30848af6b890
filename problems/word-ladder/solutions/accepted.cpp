// Reference solution: breadth-first search over words. The neighbours of a word are the
// words of the list that differ in one letter, found by trying all 25 other letters at
// each position in a hash set; a word is removed from the set when it is first reached, so
// each is queued once. O(n · L² · 26) for n words of length L: O(n) for a fixed L.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> unseen(wordList.begin(), wordList.end());
        if (!unseen.count(endWord)) return 0;
        unseen.erase(beginWord);
        queue<string> pending;
        pending.push(beginWord);
        for (int length = 1; !pending.empty(); ++length) {
            for (int k = pending.size(); k > 0; --k) {
                string word = pending.front();
                pending.pop();
                if (word == endWord) return length;
                for (char& c : word) {
                    const char original = c;
                    for (char letter = 'a'; letter <= 'z'; ++letter) {
                        if (letter == original) continue;
                        c = letter;
                        if (unseen.erase(word)) pending.push(word);
                    }
                    c = original;
                }
            }
        }
        return 0;
    }
};
