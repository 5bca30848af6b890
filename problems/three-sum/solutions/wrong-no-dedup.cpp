// Wrong: the two-pointer search is right, but repeated values are not skipped, so the same
// triplet can come out more than once: in [-1, 0, 1, 2, -1, -4] both -1s start a search,
// and each finds [-1, 0, 1].
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        const int n = nums.size();
        vector<vector<int>> triplets;
        for (int i = 0; i + 2 < n; ++i) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                const int sum = nums[i] + nums[lo] + nums[hi];
                if (sum < 0) {
                    ++lo;
                } else if (sum > 0) {
                    --hi;
                } else {
                    triplets.push_back({nums[i], nums[lo], nums[hi]});
                    ++lo;
                    --hi;
                }
            }
        }
        return triplets;
    }
};
