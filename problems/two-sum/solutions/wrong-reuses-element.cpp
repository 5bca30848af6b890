// Wrong on purpose: the map is filled first and the lookup never checks that the
// complement is a different index, so an element that is half the target pairs with
// itself ([3,2,4], 6 -> [0,0]).
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> index_of;
        for (int i = 0; i < (int)nums.size(); ++i) index_of[nums[i]] = i;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = index_of.find(target - nums[i]);
            if (it != index_of.end()) return {i, it->second};
        }
        return {};
    }
};
