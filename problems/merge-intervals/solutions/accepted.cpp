// Reference solution: sort by start, then sweep. Each interval either overlaps the last
// merged one (its start is at most that one's end; touching counts) and extends it, or
// starts a new one. The end is the larger of the two ends, since an interval may lie
// inside the last one. O(n log n) time, O(n) memory for the answer.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> merged;
        for (const vector<int>& interval : intervals) {
            if (!merged.empty() && interval[0] <= merged.back()[1]) {
                merged.back()[1] = max(merged.back()[1], interval[1]);
            } else {
                merged.push_back(interval);
            }
        }
        return merged;
    }
};
