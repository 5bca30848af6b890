// Wrong: counts distinct values, so duplicates collapse. In [3, 2, 3, 1, 2, 4, 5, 5, 6]
// with k = 4 it answers 3 (the fourth distinct value) instead of 4. When k exceeds the
// number of distinct values it returns the smallest one.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        set<int, greater<int>> values(nums.begin(), nums.end());
        auto it = values.begin();
        for (int i = 1; i < k && next(it) != values.end(); ++i) ++it;
        return *it;
    }
};
