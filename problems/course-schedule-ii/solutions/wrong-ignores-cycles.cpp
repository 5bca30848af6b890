// Wrong on purpose: Kahn's algorithm, but when a cycle stops it early the courses it could
// not take are appended anyway, so it always returns all n courses. With a cycle the answer
// must be [] ([[1,0],[0,1]] gives [0,1] here).
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].push_back(pair[0]);
            ++missing[pair[0]];
        }
        queue<int> ready;
        for (int c = 0; c < numCourses; ++c)
            if (missing[c] == 0) ready.push(c);
        vector<int> order;
        while (!ready.empty()) {
            int course = ready.front();
            ready.pop();
            order.push_back(course);
            for (int after : unlocks[course])
                if (--missing[after] == 0) ready.push(after);
        }
        for (int c = 0; c < numCourses; ++c)
            if (missing[c] > 0) order.push_back(c);
        return order;
    }
};
