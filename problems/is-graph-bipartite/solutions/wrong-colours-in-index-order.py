# Wrong on purpose: the nodes are coloured in index order, each taking the colour its
# already coloured neighbours leave free (the first colour when none is coloured yet).
# Two nodes coloured before anything links them may end up on the wrong sides, and a
# later node then finds both colours taken: a bipartite path can be called not bipartite.
class Solution:
    def isBipartite(self, graph: List[List[int]]) -> bool:
        colour = [-1] * len(graph)
        for u in range(len(graph)):
            taken = {colour[v] for v in graph[u] if colour[v] >= 0}
            if len(taken) == 2:
                return False
            colour[u] = 1 - taken.pop() if taken else 0
        return all(colour[u] != colour[v] for u in range(len(graph)) for v in graph[u])
