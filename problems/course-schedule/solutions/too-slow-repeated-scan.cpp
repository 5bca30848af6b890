// Correct but quadratic: a topological sort without a queue. Each round scans every
// course for one that is not taken yet and has no missing prerequisite, and takes it; a
// round that finds none means a cycle. V rounds of V steps: O(V² + E).
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].push_back(pair[0]);
            ++missing[pair[0]];
        }
        vector<bool> taken(numCourses, false);
        for (int round = 0; round < numCourses; ++round) {
            int next = -1;
            for (int c = 0; c < numCourses; ++c) {
                if (!taken[c] && missing[c] == 0) next = c;
            }
            if (next < 0) return false;
            taken[next] = true;
            for (int after : unlocks[next]) --missing[after];
        }
        return true;
    }
};
