# Wrong on purpose: the cycle search (three colours, correct on its own) starts only from
# course 0, so a cycle among courses that course 0 does not depend on goes unnoticed.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        colour = [0] * numCourses  # 0 not seen, 1 on the path, 2 finished
        colour[0] = 1
        stack = [(0, 0)]
        while stack:
            course, k = stack.pop()
            if k < len(needs[course]):
                stack.append((course, k + 1))
                before = needs[course][k]
                if colour[before] == 1:
                    return False
                if colour[before] == 0:
                    colour[before] = 1
                    stack.append((before, 0))
            else:
                colour[course] = 2
        return True
