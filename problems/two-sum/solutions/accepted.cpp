// Reference solution: one pass with a hash map from value to index. Looking up the
// complement before inserting the current element keeps an element from pairing with
// itself. O(n) time, O(n) memory.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> index_of;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = index_of.find(target - nums[i]);
            if (it != index_of.end()) return {it->second, i};
            index_of[nums[i]] = i;
        }
        return {};
    }
};
