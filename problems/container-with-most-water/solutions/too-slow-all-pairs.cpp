// Correct but quadratic: every pair of bars. n(n-1)/2 pairs, far too many for 10^5 bars.
class Solution {
 public:
  int maxArea(vector<int>& height) {
    int n = height.size(), best = 0;
    for (int i = 0; i < n; ++i) {
      for (int j = i + 1; j < n; ++j) {
        best = max(best, min(height[i], height[j]) * (j - i));
      }
    }
    return best;
  }
};
