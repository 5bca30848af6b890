// Wrong on purpose: the search keeps mid only when mid * mid < x (strictly), so on a
// perfect square it settles one below the root (x = 4 gives 1).
class Solution {
public:
    int mySqrt(int x) {
        long long lo = 0, hi = x;
        while (lo <= hi) {
            const long long mid = lo + (hi - lo) / 2;
            if (mid * mid < x) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return static_cast<int>(hi);
    }
};
