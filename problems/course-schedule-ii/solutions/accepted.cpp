// Reference solution: Kahn's algorithm. Count each course's prerequisites, start with the
// courses that need none, and take courses from a queue; taking one unlocks a course whose
// count drops to zero. If the queue runs dry before every course is taken, the courses left
// lie on or behind a cycle and no order exists. O(n + e) time and memory.
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
        order.reserve(numCourses);
        while (!ready.empty()) {
            int course = ready.front();
            ready.pop();
            order.push_back(course);
            for (int after : unlocks[course])
                if (--missing[after] == 0) ready.push(after);
        }
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
