// Wrong: merges only when the next interval starts strictly before the last one ends, so
// intervals that merely touch stay apart: [[1,4],[4,5]] gives [[1,4],[4,5]], not [[1,5]].
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> merged;
        for (const vector<int>& interval : intervals) {
            if (!merged.empty() && interval[0] < merged.back()[1]) {
                merged.back()[1] = max(merged.back()[1], interval[1]);
            } else {
                merged.push_back(interval);
            }
        }
        return merged;
    }
};
