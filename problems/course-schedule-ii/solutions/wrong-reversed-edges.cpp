// Wrong on purpose: reads [a, b] as "a comes before b" instead of "b comes before a", so
// it returns every order backwards ([[1,0]] gives [1,0]). Cycles are still found, since
// reversing every edge keeps a cycle a cycle.
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[0]].push_back(pair[1]);
            ++missing[pair[1]];
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
        if ((int)order.size() != numCourses) return {};
        return order;
    }
};
