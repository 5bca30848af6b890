// Wrong: sorts ascending and takes index k - 1, which is the k-th *smallest* element. Right
// only when the array is symmetric around that position (k = (n + 1) / 2 on distinct values,
// or all values equal).
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        sort(nums.begin(), nums.end());
        return nums[k - 1];
    }
};
