// Reference solution: the Levenshtein table, kept as two rows. cur[j] is the distance
// between the first i characters of word1 and the first j of word2. O(n * m) time,
// O(m) memory.
class Solution {
public:
    int minDistance(string word1, string word2) {
        int m = word2.size();
        vector<int> prev(m + 1), cur(m + 1);
        for (int j = 0; j <= m; ++j) prev[j] = j;  // insert the first j characters
        for (size_t i = 1; i <= word1.size(); ++i) {
            cur[0] = i;  // delete the first i characters
            for (int j = 1; j <= m; ++j) {
                if (word1[i - 1] == word2[j - 1]) cur[j] = prev[j - 1];
                else cur[j] = 1 + min({prev[j], cur[j - 1], prev[j - 1]});
            }
            swap(prev, cur);
        }
        return prev[m];
    }
};
