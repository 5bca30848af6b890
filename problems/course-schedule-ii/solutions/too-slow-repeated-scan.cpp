// Correct but quadratic: a topological sort without a queue. Each round scans all the
// courses for one that is not taken yet and has no missing prerequisite, and takes the
// first it finds; a round that finds none means a cycle. V rounds of up to V steps:
// O(V^2 + E).
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].push_back(pair[0]);
            ++missing[pair[0]];
        }
        vector<bool> taken(numCourses, false);
        vector<int> order;
        for (int round = 0; round < numCourses; ++round) {
            int next = -1;
            for (int c = 0; c < numCourses; ++c) {
                if (!taken[c] && missing[c] == 0) {
                    next = c;
                    break;
                }
            }
            if (next < 0) return {};
            taken[next] = true;
            order.push_back(next);
            for (int after : unlocks[next]) --missing[after];
        }
        return order;
    }
};
