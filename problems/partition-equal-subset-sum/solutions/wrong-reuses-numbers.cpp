// Wrong on purpose: the inner loop runs upward, so reach[s - x] may already count x and a
// number is used again and again (unbounded knapsack): [1,2,5] finds 2 + 2 = 4 and says
// true, but no split of 1, 2, 5 exists.
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2 != 0) return false;
        int half = total / 2;
        vector<char> reach(half + 1, 0);
        reach[0] = 1;
        for (int x : nums) {
            for (int s = x; s <= half; ++s) {
                if (reach[s - x]) reach[s] = 1;
            }
        }
        return reach[half];
    }
};
