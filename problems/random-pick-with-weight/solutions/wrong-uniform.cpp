// Wrong: ignores the weights and picks every index with the same chance. Right only when
// all the weights are equal; the skewed tests catch it at once.
class Solution {
    int n;
    mt19937 rng{528};

public:
    Solution(vector<int>& w) : n(w.size()) {}

    int pickIndex() { return uniform_int_distribution<int>(0, n - 1)(rng); }
};
