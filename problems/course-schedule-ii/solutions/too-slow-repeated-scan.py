# Correct but quadratic: a topological sort without a queue. Each round scans every course
# for one that is not taken yet and has no missing prerequisite, and takes the first it
# finds; a round that finds none means a cycle. V rounds of up to V steps: O(V^2 + E).
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for a, b in prerequisites:
            unlocks[b].append(a)
            missing[a] += 1
        taken = [False] * numCourses
        order = []
        for _ in range(numCourses):
            nxt = -1
            for c in range(numCourses):
                if missing[c] == 0 and not taken[c]:
                    nxt = c
                    break
            if nxt < 0:
                return []
            taken[nxt] = True
            order.append(nxt)
            for after in unlocks[nxt]:
                missing[after] -= 1
        return order
