# Reference solution: two-colour each component by depth-first search (an explicit stack).
# A neighbour not coloured yet gets the other colour; a neighbour of the same colour
# closes an odd cycle. Every uncoloured node starts a search, so all components count.
# O(V + E) time, O(V) space.
class Solution:
    def isBipartite(self, graph: List[List[int]]) -> bool:
        colour = [-1] * len(graph)
        for root in range(len(graph)):
            if colour[root] >= 0:
                continue
            colour[root] = 0
            stack = [root]
            while stack:
                u = stack.pop()
                for v in graph[u]:
                    if colour[v] < 0:
                        colour[v] = 1 - colour[u]
                        stack.append(v)
                    elif colour[v] == colour[u]:
                        return False
        return True
