// Wrong on purpose: assumes the best plan robs every other house, so it compares the sum at
// even positions with the sum at odd positions ([2,1,1,2] -> 3 instead of 4).
class Solution {
public:
    int rob(vector<int>& nums) {
        int even = 0, odd = 0;
        for (int i = 0; i < (int)nums.size(); ++i) (i % 2 == 0 ? even : odd) += nums[i];
        return max(even, odd);
    }
};
