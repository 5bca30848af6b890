class Solution {
public:
    int divisor(int n) {
        for (long long d = 2; d * d <= n; ++d) if (n % d == 0) return d;
        return -1;
    }
};
