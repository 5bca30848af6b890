#!/usr/bin/env python3
"""Writes the 100-node Clone Graph tests (deterministic). Run from the problem folder:
python3 tests/generate.py. Each input file is {"node": [...]}, LeetCode's adjacency
list (node i has val i + 1, the method receives node 1); the expected file holds the same
list, since the clone must match the original, neighbour order included."""
import json
import random
from collections import deque

N = 100


def check(adj):
    """1..100 nodes, no self-loops or repeated edges, symmetric, connected from node 1."""
    n = len(adj)
    assert 1 <= n <= N
    for i, neighbours in enumerate(adj, start=1):
        assert len(set(neighbours)) == len(neighbours)
        for j in neighbours:
            assert 1 <= j <= n and j != i and i in adj[j - 1]
    seen, queue = {1}, deque([1])
    while queue:
        for j in adj[queue.popleft() - 1]:
            if j not in seen:
                seen.add(j)
                queue.append(j)
    assert len(seen) == n


def from_edges(n, edges, rng):
    """Adjacency lists with each node's neighbours in random order."""
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a - 1].append(b)
        adj[b - 1].append(a)
    for neighbours in adj:
        rng.shuffle(neighbours)
    return adj


def write(name, adj):
    check(adj)
    for suffix, data in ((".json", {"node": adj}), (".expected.json", adj)):
        with open(f"tests/{name}{suffix}", "w") as f:
            json.dump(data, f, separators=(",", ":"))
            f.write("\n")
    print(name, len(adj), "nodes,", sum(map(len, adj)) // 2, "edges")


def main():
    rng = random.Random(133)

    # Every pair of the 100 nodes joined: 4950 edges, the most there can be.
    write("max-size-complete",
          from_edges(N, [(a, b) for a in range(1, N + 1) for b in range(a + 1, N + 1)], rng))

    # A random spanning tree plus 200 random extra edges.
    edges = set()
    for i in range(2, N + 1):
        edges.add((rng.randint(1, i - 1), i))
    while len(edges) < N - 1 + 200:
        a, b = sorted(rng.sample(range(1, N + 1), 2))
        edges.add((a, b))
    write("max-size-random", from_edges(N, sorted(edges), rng))

    # A path through all 100 nodes in random order, so node 1 sits somewhere inside it:
    # the search has to go both ways, up to about 100 steps deep.
    order = list(range(1, N + 1))
    rng.shuffle(order)
    write("max-size-path", from_edges(N, list(zip(order, order[1:])), rng))

    # One cycle through all 100 nodes in random order.
    rng.shuffle(order)
    write("max-size-cycle", from_edges(N, list(zip(order, order[1:] + order[:1])), rng))


if __name__ == "__main__":
    main()
