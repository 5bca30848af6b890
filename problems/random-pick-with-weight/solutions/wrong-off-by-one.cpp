// Wrong: the target is drawn from 0..total-1, but the search still looks for the first
// prefix sum >= target (it should be > target, or the target 1..total). Target 0 lands on
// index 0, and the last index loses one of its targets: w = [1, 1] never picks index 1.
class Solution {
    vector<int> prefix;
    mt19937 rng{528};

public:
    Solution(vector<int>& w) : prefix(w.size()) {
        int sum = 0;
        for (size_t i = 0; i < w.size(); ++i) prefix[i] = sum += w[i];
    }

    int pickIndex() {
        const int t = uniform_int_distribution<int>(0, prefix.back() - 1)(rng);
        int lo = 0, hi = prefix.size() - 1;
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (prefix[mid] < t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
};
