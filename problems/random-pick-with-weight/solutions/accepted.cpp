// Reference solution: prefix sums of the weights, then a uniform target in 1..total; the
// index picked is the first whose prefix sum reaches the target, found by binary search.
// Index i owns the targets prefix[i-1]+1 .. prefix[i], exactly w[i] of the total.
// O(n) to build, O(log n) per pick, O(n) memory. The total is at most 10^9: it fits an int.
class Solution {
    vector<int> prefix;
    mt19937 rng{528};  // a fixed seed: the same picks on every run
    uniform_int_distribution<int> target;

public:
    Solution(vector<int>& w) : prefix(w.size()) {
        int sum = 0;
        for (size_t i = 0; i < w.size(); ++i) prefix[i] = sum += w[i];
        target = uniform_int_distribution<int>(1, sum);
    }

    int pickIndex() {
        const int t = target(rng);
        int lo = 0, hi = prefix.size() - 1;
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (prefix[mid] < t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
};
