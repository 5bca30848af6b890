// Wrong, though LeetCode accepts it: rand() % total is biased. glibc's rand() returns
// 0..2^31-1, so with total = 10^9 the targets below 147,483,648 come up 3 times in 2^31
// draws and the others twice: the first indices are picked about 40% too often. Only a
// total near 10^9 shows it (max-size-max-weights); small totals hide it.
class Solution {
    vector<int> prefix;

public:
    Solution(vector<int>& w) : prefix(w.size()) {
        int sum = 0;
        for (size_t i = 0; i < w.size(); ++i) prefix[i] = sum += w[i];
    }

    int pickIndex() {
        const int t = rand() % prefix.back() + 1;
        return lower_bound(prefix.begin(), prefix.end(), t) - prefix.begin();
    }
};
