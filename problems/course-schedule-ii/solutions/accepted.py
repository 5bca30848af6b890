# Reference solution: Kahn's algorithm. Count each course's prerequisites, start with the
# courses that need none, and take courses from a queue; taking one unlocks a course whose
# count drops to zero. If the queue runs dry before every course is taken, the courses left
# lie on or behind a cycle and no order exists. O(n + e) time and memory.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for course, before in prerequisites:
            unlocks[before].append(course)
            missing[course] += 1
        ready = deque(c for c in range(numCourses) if missing[c] == 0)
        order = []
        while ready:
            course = ready.popleft()
            order.append(course)
            for after in unlocks[course]:
                missing[after] -= 1
                if missing[after] == 0:
                    ready.append(after)
        return order if len(order) == numCourses else []
