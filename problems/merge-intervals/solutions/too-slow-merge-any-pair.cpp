// Correct but too slow: merge any two overlapping intervals, and repeat until no pair
// overlaps. Each pass compares every pair, O(n^2), and erasing from the middle of the
// vector moves the rest; several passes may be needed when a merged interval comes to
// overlap one already passed. Even when nothing merges, one full pass is O(n^2) time
// (budget O(n log n)).
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> result = intervals;
        bool changed = true;
        while (changed) {
            changed = false;
            for (size_t i = 0; i < result.size(); ++i) {
                for (size_t j = i + 1; j < result.size();) {
                    if (result[i][0] <= result[j][1] && result[j][0] <= result[i][1]) {
                        result[i][0] = min(result[i][0], result[j][0]);
                        result[i][1] = max(result[i][1], result[j][1]);
                        result.erase(result.begin() + j);
                        changed = true;
                    } else {
                        ++j;
                    }
                }
            }
        }
        return result;
    }
};
