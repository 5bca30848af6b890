// Reference solution: two pointers from both ends. The shorter side limits every
// container that keeps it and is narrower, so it can be dropped: move it inwards.
// O(n) time, O(1) memory.
class Solution {
 public:
  int maxArea(vector<int>& height) {
    int i = 0, j = (int)height.size() - 1, best = 0;
    while (i < j) {
      best = max(best, min(height[i], height[j]) * (j - i));
      if (height[i] < height[j]) ++i;
      else --j;
    }
    return best;
  }
};
