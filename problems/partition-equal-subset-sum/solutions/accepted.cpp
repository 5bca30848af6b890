// Reference solution: 0/1 knapsack over the sums up to half the total. reach[s] says
// whether some of the numbers seen so far add up to s; s runs downward so that each number
// is used at most once. O(n * sum) time (sum <= 100 n, so O(n²)), O(sum) memory.
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2 != 0) return false;
        int half = total / 2;
        vector<char> reach(half + 1, 0);
        reach[0] = 1;
        for (int x : nums) {
            for (int s = half; s >= x; --s) {
                if (reach[s - x]) reach[s] = 1;
            }
        }
        return reach[half];
    }
};
