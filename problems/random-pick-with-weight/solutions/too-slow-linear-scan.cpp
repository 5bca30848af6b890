// Correct but too slow: the prefix sums are right, but each pick walks them from the start
// to the first one that reaches the target. O(n) a pick, so n picks cost O(n²) where a
// binary search (lower_bound) makes it O(n log n).
class Solution {
    vector<int> prefix;
    mt19937 rng{528};

public:
    Solution(vector<int>& w) {
        int sum = 0;
        for (int weight : w) prefix.push_back(sum += weight);
    }

    int pickIndex() {
        const int target = uniform_int_distribution<int>(1, prefix.back())(rng);
        int index = 0;
        while (prefix[index] < target) ++index;
        return index;
    }
};
