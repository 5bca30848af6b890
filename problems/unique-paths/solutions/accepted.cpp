// Reference solution: a path is m - 1 moves down and n - 1 moves right in some order, so
// the count is C(m + n - 2, k) with k = min(m, n) - 1. Built up as C(n-1+i, i) for
// i = 1..k: each partial product is itself a binomial coefficient, so the division is
// exact, and 64 bits hold every step. O(min(m, n)) time, O(1) memory.
class Solution {
public:
    int uniquePaths(int m, int n) {
        int k = min(m, n) - 1, other = max(m, n) - 1;
        long long count = 1;
        for (int i = 1; i <= k; ++i) count = count * (other + i) / i;
        return (int)count;
    }
};
