# Reference solution: Kahn's algorithm. Count each course's missing prerequisites, start
# from the courses that need none, and take courses as their last prerequisite is taken.
# Every course is taken exactly when no cycle stands in the way.
# O(V + E) time and space (V courses, E prerequisite pairs).
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for a, b in prerequisites:
            unlocks[b].append(a)
            missing[a] += 1
        ready = [c for c in range(numCourses) if missing[c] == 0]
        taken = 0
        while ready:
            course = ready.pop()
            taken += 1
            for after in unlocks[course]:
                missing[after] -= 1
                if missing[after] == 0:
                    ready.append(after)
        return taken == numCourses
