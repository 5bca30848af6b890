// Also accepted: depth-first search over "needs" edges with three colours. A course is
// appended after all of its prerequisites (post-order), so the appended order is already
// a valid one. Meeting a course that is still in progress (grey) means a cycle; a finished
// (black) course is skipped. O(n + e) time, recursion up to n = 2000 deep.
class Solution {
    enum Colour { White, Grey, Black };

    bool visit(int course, const vector<vector<int>>& needs, vector<Colour>& colour,
               vector<int>& order) {
        colour[course] = Grey;
        for (int before : needs[course]) {
            if (colour[before] == Grey) return false;
            if (colour[before] == White && !visit(before, needs, colour, order)) return false;
        }
        colour[course] = Black;
        order.push_back(course);
        return true;
    }

public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> needs(numCourses);
        for (const auto& pair : prerequisites) needs[pair[0]].push_back(pair[1]);
        vector<Colour> colour(numCourses, White);
        vector<int> order;
        order.reserve(numCourses);
        for (int c = 0; c < numCourses; ++c)
            if (colour[c] == White && !visit(c, needs, colour, order)) return {};
        return order;
    }
};
