# Correct but too slow: spreads the colours by re-scanning the edges. Each scan walks the
# coloured nodes' edges from the start, colours the first uncoloured neighbour it meets
# (the other colour) and starts over; a scan that finds nothing to colour starts the next
# component at the first uncoloured node, and once every node is coloured, a full scan
# finds no edge inside one colour. Any edge inside one colour met on the way ends it.
# One scan per node, each over up to all V + E entries: O(V * (V + E)) time (budget
# O(V + E)).
class Solution:
    def isBipartite(self, graph: List[List[int]]) -> bool:
        n = len(graph)
        colour = [-1] * n
        while True:
            coloured_one = False
            for u in range(n):
                if colour[u] < 0:
                    continue
                for v in graph[u]:
                    if colour[v] == colour[u]:
                        return False
                    if colour[v] < 0:
                        colour[v] = 1 - colour[u]
                        coloured_one = True
                        break
                if coloured_one:
                    break
            if not coloured_one:
                if -1 not in colour:
                    return True
                colour[colour.index(-1)] = 0
