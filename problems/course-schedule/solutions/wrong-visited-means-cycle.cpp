// Wrong on purpose: the depth-first search keeps one "visited" mark and reports a cycle
// whenever it meets a visited course. A course reached along two different paths (a
// diamond: 0 needs 1 and 2, both need 3) is visited twice without any cycle.
class Solution {
    vector<vector<int>> needs;
    vector<bool> visited;

    bool hasCycleFrom(int course) {
        visited[course] = true;
        for (int before : needs[course]) {
            if (visited[before]) return true;
            if (hasCycleFrom(before)) return true;
        }
        return false;
    }

public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        visited.assign(numCourses, false);
        for (const auto& pair : prerequisites) needs[pair[0]].push_back(pair[1]);
        for (int c = 0; c < numCourses; ++c)
            if (!visited[c] && hasCycleFrom(c)) return false;
        return true;
    }
};
