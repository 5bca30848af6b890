// Reference solution: a monotonic deque of indices whose values decrease from front to
// back. The front is the window's maximum; it leaves when its index falls out of the
// window, and a new value evicts every smaller value at the back. O(n) time, O(k) memory.
class Solution {
 public:
  vector<int> maxSlidingWindow(vector<int>& nums, int k) {
    deque<int> window;
    vector<int> result;
    result.reserve(nums.size() - k + 1);
    for (int i = 0; i < (int)nums.size(); ++i) {
      if (!window.empty() && window.front() <= i - k) window.pop_front();
      while (!window.empty() && nums[window.back()] <= nums[i]) window.pop_back();
      window.push_back(i);
      if (i >= k - 1) result.push_back(nums[window.front()]);
    }
    return result;
  }
};
