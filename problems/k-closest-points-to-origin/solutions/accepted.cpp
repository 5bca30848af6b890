// Reference solution: sort the points by squared distance (no square roots: comparing
// x^2 + y^2 orders them the same way, exactly) and keep the first k.
// O(n log n) time, O(n) memory.
class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        auto dist = [](const vector<int>& p) { return p[0] * p[0] + p[1] * p[1]; };
        sort(points.begin(), points.end(),
             [&](const vector<int>& a, const vector<int>& b) { return dist(a) < dist(b); });
        return vector<vector<int>>(points.begin(), points.begin() + k);
    }
};
