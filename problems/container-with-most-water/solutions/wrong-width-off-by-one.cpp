// Wrong on purpose: the width counts the bars (j - i + 1) instead of the distance between
// them ([1,1] -> 2, the answer is 1).
class Solution {
 public:
  int maxArea(vector<int>& height) {
    int i = 0, j = (int)height.size() - 1, best = 0;
    while (i < j) {
      best = max(best, min(height[i], height[j]) * (j - i + 1));
      if (height[i] < height[j]) ++i;
      else --j;
    }
    return best;
  }
};
