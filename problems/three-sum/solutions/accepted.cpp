// Reference solution: sort, then fix the smallest value nums[i] and look for pairs that
// sum to -nums[i] in the rest with two pointers. Skipping a value equal to the one before
// it (for i, and for the left pointer after a hit) keeps every triplet unique.
// O(n^2) time, O(1) extra memory besides the sort and the answer.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        const int n = nums.size();
        vector<vector<int>> triplets;
        for (int i = 0; i + 2 < n; ++i) {
            if (nums[i] > 0) break;  // the two others are at least as large
            if (i > 0 && nums[i] == nums[i - 1]) continue;
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
                    while (lo < hi && nums[lo] == nums[lo - 1]) ++lo;
                }
            }
        }
        return triplets;
    }
};
