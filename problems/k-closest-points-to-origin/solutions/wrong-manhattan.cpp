// Wrong: orders the points by |x| + |y| (Manhattan distance) instead of x^2 + y^2. The two
// orders differ: (3, 0) is closer than (2, 2) by |x| + |y|, but farther by x^2 + y^2.
class Solution {
public:
    vector<vector<int>> kClosest(vector<vector<int>>& points, int k) {
        auto dist = [](const vector<int>& p) { return abs(p[0]) + abs(p[1]); };
        sort(points.begin(), points.end(),
             [&](const vector<int>& a, const vector<int>& b) { return dist(a) < dist(b); });
        return vector<vector<int>>(points.begin(), points.begin() + k);
    }
};
