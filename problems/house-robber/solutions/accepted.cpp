// Reference solution: two running values. `skip` is the best total with the previous house
// left alone, `take` the best with it robbed. O(n) time, O(1) memory.
class Solution {
public:
    int rob(vector<int>& nums) {
        int skip = 0, take = 0;
        for (int x : nums) {
            int robbed = skip + x;
            skip = max(skip, take);
            take = robbed;
        }
        return max(skip, take);
    }
};
