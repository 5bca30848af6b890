#!/usr/bin/env python3
"""Writes the large Is Graph Bipartite? tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"graph": [[...], ...]}, an adjacency list (symmetric, no self-loops, no
repeats). The answer is computed twice (breadth-first two-colouring, and union-find that
joins all the neighbours of each node), printed, and written inline in problem.yaml."""
import json
import random
from collections import deque

N = 100


def by_colouring(graph):
    colour = [-1] * len(graph)
    for root in range(len(graph)):
        if colour[root] >= 0:
            continue
        colour[root] = 0
        queue = deque([root])
        while queue:
            u = queue.popleft()
            for v in graph[u]:
                if colour[v] < 0:
                    colour[v] = 1 - colour[u]
                    queue.append(v)
                elif colour[v] == colour[u]:
                    return False
    return True


def by_union_find(graph):
    parent = list(range(len(graph)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, near in enumerate(graph):
        for v in near[1:]:
            parent[find(v)] = find(near[0])
    return all(find(u) != find(v) for u, near in enumerate(graph) for v in near)


def adjacency(n, edges, rng):
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
        graph[v].append(u)
    for near in graph:
        rng.shuffle(near)
    return graph


def write(name, graph):
    n = len(graph)
    assert 1 <= n <= N
    for u, near in enumerate(graph):
        assert len(set(near)) == len(near) and u not in near
        assert all(0 <= v < n and u in graph[v] for v in near)
    answer = by_colouring(graph)
    assert answer == by_union_find(graph)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"graph": graph}, f, separators=(",", ":"))
        f.write("\n")
    edges = sum(len(near) for near in graph) // 2
    print(f"{name}: {str(answer).lower()}  ({edges} edges)")


def main():
    rng = random.Random(785)

    # Random bipartite graph: hidden sides, 600 random edges across.
    side = [rng.randrange(2) for _ in range(N)]
    cross = [(u, v) for u in range(N) for v in range(u + 1, N) if side[u] != side[v]]
    edges = rng.sample(cross, 600)
    write("max-size-random-bipartite", adjacency(N, edges, rng))

    # The same graph plus one edge inside a side: it closes an odd cycle.
    same = [(u, v) for u in range(N) for v in range(u + 1, N) if side[u] == side[v]]
    write("max-size-one-odd-edge", adjacency(N, edges + [rng.choice(same)], rng))

    # Complete bipartite K(50, 50), numbering shuffled.
    order = list(range(N))
    rng.shuffle(order)
    left, right = order[:50], order[50:]
    write("max-size-complete-bipartite", adjacency(N, [(u, v) for u in left for v in right], rng))

    # Complete graph K100.
    write("max-size-complete", adjacency(N, [(u, v) for u in range(N) for v in range(u + 1, N)], rng))

    # A path through all 100 nodes in random order.
    write("max-size-path", adjacency(N, [(order[i], order[i + 1]) for i in range(N - 1)], rng))

    # A cycle through all 100 nodes (even), and through 99 of them plus an isolated node (odd).
    write("max-size-even-cycle", adjacency(N, [(order[i], order[i - 1]) for i in range(N)], rng))
    write("max-size-odd-cycle", adjacency(N, [(order[i], order[(i + 1) % 99]) for i in range(99)], rng))

    # No edges at all.
    write("max-size-no-edges", [[] for _ in range(N)])

    # Twenty components of 5 nodes; all even-sided trees except the last, a 5-cycle, which
    # holds the largest node numbers.
    edges = []
    for k in range(19):
        base = 5 * k
        edges += [(base, base + 1), (base, base + 2), (base + 2, base + 3), (base + 2, base + 4)]
    edges += [(95 + i, 95 + (i + 1) % 5) for i in range(5)]
    write("max-size-odd-cycle-last", adjacency(N, edges, rng))


if __name__ == "__main__":
    main()
