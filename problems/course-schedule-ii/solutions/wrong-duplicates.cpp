// Wrong on purpose: an iterative three-colour DFS that pushes every white prerequisite on
// the stack, and appends a course whenever it is popped after being expanded. A course
// pushed twice (a direct prerequisite that another prerequisite also needs) is finished by
// its upper copy, and its lower copy appends it a second time: [[0,1],[0,2],[2,1]] gives
// [1,2,1,0]. The pop should skip a course that is already black.
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> needs(numCourses);
        for (const auto& pair : prerequisites) needs[pair[0]].push_back(pair[1]);
        enum Colour { White, Grey, Black };
        vector<Colour> colour(numCourses, White);
        vector<int> order, stack;
        for (int start = 0; start < numCourses; ++start) {
            if (colour[start] != White) continue;
            stack.push_back(start);
            while (!stack.empty()) {
                int course = stack.back();
                if (colour[course] == White) {
                    colour[course] = Grey;
                    for (int before : needs[course]) {
                        if (colour[before] == Grey) return {};
                        if (colour[before] == White) stack.push_back(before);
                    }
                } else {
                    stack.pop_back();
                    colour[course] = Black;
                    order.push_back(course);
                }
            }
        }
        return order;
    }
};
