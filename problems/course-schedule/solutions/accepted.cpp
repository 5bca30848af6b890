// Reference solution: Kahn's algorithm. Count each course's missing prerequisites, start
// from the courses that need none, and take courses as their last prerequisite is taken.
// Every course is taken exactly when no cycle stands in the way.
// O(V + E) time and space (V courses, E prerequisite pairs).
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].push_back(pair[0]);
            ++missing[pair[0]];
        }
        vector<int> ready;
        for (int c = 0; c < numCourses; ++c)
            if (missing[c] == 0) ready.push_back(c);
        int taken = 0;
        while (!ready.empty()) {
            int course = ready.back();
            ready.pop_back();
            ++taken;
            for (int after : unlocks[course])
                if (--missing[after] == 0) ready.push_back(after);
        }
        return taken == numCourses;
    }
};
