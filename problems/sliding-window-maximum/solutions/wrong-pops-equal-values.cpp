// Wrong on purpose: the deque holds values, not indices, and a value leaves the front when
// it equals the outgoing element. Equal values are evicted from the back, so when one copy
// of the maximum leaves, the copy still in the window is gone too ([5,5,1,1], k=2 -> [5,1,1]).
class Solution {
 public:
  vector<int> maxSlidingWindow(vector<int>& nums, int k) {
    deque<int> window;
    vector<int> result;
    for (int i = 0; i < (int)nums.size(); ++i) {
      if (i >= k && !window.empty() && window.front() == nums[i - k]) window.pop_front();
      while (!window.empty() && window.back() <= nums[i]) window.pop_back();
      window.push_back(nums[i]);
      if (i >= k - 1) result.push_back(window.front());
    }
    return result;
  }
};
