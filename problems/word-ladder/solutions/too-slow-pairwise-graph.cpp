// Correct but quadratic: builds the graph first by comparing every pair of words letter by
// letter, then runs a breadth-first search on it. n² / 2 comparisons, whatever the words.
class Solution {
    static bool oneApart(const string& a, const string& b) {
        int differ = 0;
        for (size_t i = 0; i < a.size() && differ < 2; ++i) differ += a[i] != b[i];
        return differ == 1;
    }

public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        vector<string> words = {beginWord};
        for (const string& w : wordList)
            if (w != beginWord) words.push_back(w);
        const int n = words.size();
        vector<vector<int>> near(n);
        for (int a = 0; a < n; ++a) {
            for (int b = a + 1; b < n; ++b) {
                if (oneApart(words[a], words[b])) {
                    near[a].push_back(b);
                    near[b].push_back(a);
                }
            }
        }
        vector<int> dist(n, 0);
        dist[0] = 1;
        queue<int> pending;
        pending.push(0);
        while (!pending.empty()) {
            int u = pending.front();
            pending.pop();
            if (u > 0 && words[u] == endWord) return dist[u];
            for (int v : near[u]) {
                if (dist[v] == 0) {
                    dist[v] = dist[u] + 1;
                    pending.push(v);
                }
            }
        }
        return 0;
    }
};
