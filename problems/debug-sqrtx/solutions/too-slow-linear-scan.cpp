// Correct but slow: tries r = 1, 2, 3, ... until (r + 1)^2 passes x, so it takes about
// sqrt(x) steps (46341 for x = 2^31 - 1), against log2(x) for a binary search. The square
// is taken in 64 bits.
class Solution {
public:
    int mySqrt(int x) {
        long long r = 0;
        while ((r + 1) * (r + 1) <= x) ++r;
        return static_cast<int>(r);
    }
};
