// Binary search for the largest r with r * r <= x. The root of an int is below 46341,
// so the search never needs to look higher than that.
class Solution {
public:
    int mySqrt(int x) {
        int lo = 0, hi = min(x, 46341);
        int ans = 0;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (mid * mid <= x) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
};
