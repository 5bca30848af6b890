// Wrong on purpose: upper_bound instead of lower_bound, so an element equal to a tail
// extends the sequence: it finds the longest NON-DECREASING subsequence
// ([7,7,7] -> 3 instead of 1).
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        vector<int> tails;
        for (int x : nums) {
            auto it = upper_bound(tails.begin(), tails.end(), x);
            if (it == tails.end()) tails.push_back(x);
            else *it = x;
        }
        return (int)tails.size();
    }
};
