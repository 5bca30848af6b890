// Reference solution: patience sorting. tails[k] is the smallest value that can end an
// increasing subsequence of length k + 1; each element replaces the first tail that is not
// smaller than it (lower_bound, so equal values never extend). O(n log n) time, O(n) memory.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        vector<int> tails;
        for (int x : nums) {
            auto it = lower_bound(tails.begin(), tails.end(), x);
            if (it == tails.end()) tails.push_back(x);
            else *it = x;
        }
        return (int)tails.size();
    }
};
