// Also accepted: Newton's iteration on integers, r -> (r + x / r) / 2, from r = x. It
// decreases until r * r <= x, which first happens at the floor of the root. 64-bit
// arithmetic throughout. O(log x) steps.
class Solution {
public:
    int mySqrt(int x) {
        if (x < 2) return x;
        long long r = x;
        while (r * r > x) r = (r + x / r) / 2;
        return static_cast<int>(r);
    }
};
