// Wrong on purpose: the binomial coefficient built in a 32-bit int. count * (other + i)
// passes 2^31 before the division brings it back, so large grids come out wrong
// (51 x 9 -> a wrong value instead of 1916797311). The multiplication wraps through
// unsigned, as a plain int does on common hardware, so the result is the same everywhere.
class Solution {
public:
    int uniquePaths(int m, int n) {
        int k = min(m, n) - 1, other = max(m, n) - 1;
        int count = 1;
        for (int i = 1; i <= k; ++i) count = (int)((unsigned)count * (unsigned)(other + i)) / i;
        return count;
    }
};
