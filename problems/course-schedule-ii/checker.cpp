// Custom checker for Course Schedule II: any order that takes every course after all of its
// prerequisites is right. The checker decides on its own whether such an order exists (Kahn's
// algorithm), and only then looks at `actual`, which may hold anything: values out of range,
// repeats, too few or too many courses. The test's `expected` is checked the same way, so a
// broken test is reported as the problem's fault (the checker throws) instead of as the
// candidate's. O(n + e) time and memory per case.
class Checker {
    // For every course, the courses it needs.
    static vector<vector<int>> needsOf(int n, const vector<vector<int>>& prerequisites) {
        if (n < 1) throw logic_error("broken test: numCourses is " + to_string(n));
        vector<vector<int>> needs(n);
        for (const vector<int>& pair : prerequisites) {
            if (pair.size() != 2 || pair[0] < 0 || pair[0] >= n || pair[1] < 0 || pair[1] >= n ||
                pair[0] == pair[1]) {
                throw logic_error("broken test: a prerequisite is not a pair of two different "
                                  "courses in 0.." + to_string(n - 1));
            }
            needs[pair[0]].push_back(pair[1]);
        }
        return needs;
    }

    // "" when every course can be taken; else one cycle, to follow "have a cycle".
    static string findCycle(int n, const vector<vector<int>>& needs) {
        vector<vector<int>> unlocks(n);
        vector<int> missing(n, 0);
        for (int a = 0; a < n; ++a) {
            missing[a] = needs[a].size();
            for (int b : needs[a]) unlocks[b].push_back(a);
        }
        vector<int> ready;
        for (int c = 0; c < n; ++c)
            if (missing[c] == 0) ready.push_back(c);
        int taken = 0;
        while (!ready.empty()) {
            int course = ready.back();
            ready.pop_back();
            ++taken;
            for (int after : unlocks[course])
                if (--missing[after] == 0) ready.push_back(after);
        }
        if (taken == n) return "";
        // Every course left still needs a course that is left: walking from one to such a
        // prerequisite must come back to a course already seen, which closes a cycle.
        int start = 0;
        while (missing[start] == 0) ++start;
        vector<int> step(n, -1);  // the position of each course on the walk
        vector<int> walk;
        int course = start;
        while (step[course] < 0) {
            step[course] = walk.size();
            walk.push_back(course);
            int next = -1;
            for (int b : needs[course])
                if (missing[b] > 0) { next = b; break; }
            course = next;
        }
        vector<int> cycle(walk.begin() + step[course], walk.end());
        if (cycle.size() > 6) {
            return "of " + to_string(cycle.size()) + " courses through course " +
                   to_string(cycle[0]);
        }
        string text = "(course " + to_string(cycle[0]);
        for (size_t i = 1; i <= cycle.size(); ++i)
            text += (i == 1 ? " needs " : ", which needs ") + to_string(cycle[i % cycle.size()]);
        return text + ")";
    }

    // "" when `order` takes each of the n courses once, each after its prerequisites.
    static string whyNotAnOrder(int n, const vector<vector<int>>& prerequisites,
                                const vector<int>& order) {
        vector<int> position(n, -1);
        for (size_t i = 0; i < order.size(); ++i) {
            const int course = order[i];
            if (course < 0 || course >= n) {
                return "index " + to_string(i) + " holds " + to_string(course) +
                       ", which is not a course (they are 0.." + to_string(n - 1) + ")";
            }
            if (position[course] >= 0) {
                return "course " + to_string(course) + " appears twice (at indices " +
                       to_string(position[course]) + " and " + to_string(i) + ")";
            }
            position[course] = i;
        }
        // No repeats and nothing out of range: only a shortage is left.
        if ((int)order.size() != n) {
            int absent = 0;
            while (position[absent] >= 0) ++absent;
            return "the order has " + to_string(order.size()) + " of the " + to_string(n) +
                   " courses; course " + to_string(absent) + " is missing";
        }
        for (const vector<int>& pair : prerequisites) {
            if (position[pair[0]] < position[pair[1]]) {
                return "course " + to_string(pair[0]) + " (index " + to_string(position[pair[0]]) +
                       ") comes before its prerequisite " + to_string(pair[1]) + " (index " +
                       to_string(position[pair[1]]) + ")";
            }
        }
        return "";
    }

public:
    string check(int numCourses, vector<vector<int>>& prerequisites, vector<int>& expected,
                 vector<int>& actual) {
        const string cycle = findCycle(numCourses, needsOf(numCourses, prerequisites));
        if (!cycle.empty()) {
            if (!expected.empty()) {
                throw logic_error("broken test: it expects an order, but the prerequisites "
                                  "have a cycle " + cycle);
            }
            if (actual.empty()) return "";
            return "expected an empty list: the prerequisites have a cycle " + cycle +
                   ", but got " + to_string(actual.size()) + " course" +
                   (actual.size() == 1 ? "" : "s");
        }
        if (const string why = whyNotAnOrder(numCourses, prerequisites, expected); !why.empty())
            throw logic_error("broken test: the expected order is wrong: " + why);
        if (actual.empty()) {
            return "got an empty list, but there is no cycle: " +
                   (numCourses == 1 ? string("the only course")
                                    : "all " + to_string(numCourses) + " courses") +
                   " can be taken";
        }
        return whyNotAnOrder(numCourses, prerequisites, actual);
    }
};
