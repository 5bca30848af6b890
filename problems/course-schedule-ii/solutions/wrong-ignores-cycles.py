# Wrong on purpose: Kahn's algorithm, but when a cycle stops it early the courses it could
# not take are appended anyway, so it always returns all n courses. With a cycle the answer
# must be [] ([[1,0],[0,1]] gives [0,1] here).
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
        order.extend(c for c in range(numCourses) if missing[c] > 0)
        return order
