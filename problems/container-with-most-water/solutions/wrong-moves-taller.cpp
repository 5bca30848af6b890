// Wrong on purpose: the pointer at the taller bar moves inwards, which throws away the
// bar that could still form a larger container ([1,3,2,5,25,24,5] -> 15, answer 24).
class Solution {
 public:
  int maxArea(vector<int>& height) {
    int i = 0, j = (int)height.size() - 1, best = 0;
    while (i < j) {
      best = max(best, min(height[i], height[j]) * (j - i));
      if (height[i] > height[j]) ++i;
      else --j;
    }
    return best;
  }
};
