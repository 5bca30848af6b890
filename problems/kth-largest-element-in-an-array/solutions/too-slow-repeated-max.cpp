// Correct but too slow: find the largest element, remove it, and repeat k times. Each
// round scans what is left, so it costs O(n * k) time: quadratic when k grows with n (the
// budget series uses k = n/2). The hidden tests keep k small on the largest arrays, so it
// passes them all within the time limit; only the budget catches it.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        int n = nums.size();
        for (int round = 1;; ++round) {
            int best = 0;
            for (int i = 1; i < n; ++i)
                if (nums[i] > nums[best]) best = i;
            if (round == k) return nums[best];
            nums[best] = nums[n - 1];  // remove the maximum: move the last element into its place
            --n;
        }
    }
};
