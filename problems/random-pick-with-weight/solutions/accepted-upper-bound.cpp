// Also right, written as many LeetCode answers are: seeded from random_device, a target in
// 0..total-1, and upper_bound for the first prefix sum above it. Index i owns the targets
// prefix[i-1] .. prefix[i]-1, exactly w[i] of the total.
class Solution {
    vector<long long> prefix;
    mt19937_64 rng{random_device{}()};

public:
    Solution(vector<int>& w) {
        partial_sum(w.begin(), w.end(), back_inserter(prefix));
    }

    int pickIndex() {
        const long long target = uniform_int_distribution<long long>(0, prefix.back() - 1)(rng);
        return upper_bound(prefix.begin(), prefix.end(), target) - prefix.begin();
    }
};
