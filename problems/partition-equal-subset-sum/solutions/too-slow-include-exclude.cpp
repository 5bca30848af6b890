// Correct but exponential: for each number, try putting it in the first half or not,
// without remembering (index, remaining) pairs already tried. Quick when a split turns up
// early; when none exists it tries about 2^n subsets, against an O(n²) budget.
class Solution {
    bool can(const vector<int>& nums, int i, int rem) {
        if (rem == 0) return true;
        if (i == (int)nums.size() || rem < 0) return false;
        return can(nums, i + 1, rem - nums[i]) || can(nums, i + 1, rem);
    }
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2 != 0) return false;
        return can(nums, 0, total / 2);
    }
};
