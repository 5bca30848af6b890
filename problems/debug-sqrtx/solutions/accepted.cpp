// Reference solution: binary search for the largest r with r * r <= x. The square is
// taken in 64 bits, so it cannot overflow even for x = 2^31 - 1.
// O(log x) time, O(1) memory.
class Solution {
public:
    int mySqrt(int x) {
        long long lo = 0, hi = x;  // the root lies in [lo, hi]
        while (lo < hi) {
            const long long mid = lo + (hi - lo + 1) / 2;  // upper middle: the range shrinks
            if (mid * mid <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return static_cast<int>(lo);
    }
};
