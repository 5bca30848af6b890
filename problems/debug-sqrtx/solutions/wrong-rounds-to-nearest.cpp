// Wrong on purpose: rounds the square root to the nearest integer instead of down
// (sqrt(8) = 2.83 gives 3, not 2).
class Solution {
public:
    int mySqrt(int x) {
        return static_cast<int>(llround(sqrt(static_cast<double>(x))));
    }
};
