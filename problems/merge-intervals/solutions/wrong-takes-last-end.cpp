// Wrong: on an overlap, sets the merged end to the new interval's end instead of the larger
// of the two, so an interval nested inside the last one cuts it short: [[1,10],[2,3]] gives
// [[1,3]].
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> merged;
        for (const vector<int>& interval : intervals) {
            if (!merged.empty() && interval[0] <= merged.back()[1]) {
                merged.back()[1] = interval[1];
            } else {
                merged.push_back(interval);
            }
        }
        return merged;
    }
};
