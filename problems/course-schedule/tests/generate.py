#!/usr/bin/env python3
"""Writes the large Course Schedule tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"numCourses": n, "prerequisites": [[a, b], ...]}. Whether every course can
be taken is decided twice (Kahn's algorithm, and an iterative three-colour depth-first
search), printed, and written inline in problem.yaml."""
import json
import random

N = 2000
E = 5000


def by_kahn(n, prerequisites):
    unlocks = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    ready = [c for c in range(n) if missing[c] == 0]
    taken = 0
    while ready:
        course = ready.pop()
        taken += 1
        for after in unlocks[course]:
            missing[after] -= 1
            if missing[after] == 0:
                ready.append(after)
    return taken == n


def by_colours(n, prerequisites):
    """No cycle among the 'a needs b' edges: white 0, on the path 1, done 2."""
    needs = [[] for _ in range(n)]
    for a, b in prerequisites:
        needs[a].append(b)
    colour = [0] * n
    for root in range(n):
        if colour[root]:
            continue
        colour[root] = 1
        stack = [(root, 0)]
        while stack:
            course, k = stack.pop()
            if k < len(needs[course]):
                stack.append((course, k + 1))
                nxt = needs[course][k]
                if colour[nxt] == 1:
                    return False
                if colour[nxt] == 0:
                    colour[nxt] = 1
                    stack.append((nxt, 0))
            else:
                colour[course] = 2
    return True


def write(name, n, prerequisites):
    assert 1 <= n <= N and len(prerequisites) <= E
    assert all(0 <= a < n and 0 <= b < n and a != b for a, b in prerequisites)
    assert len({(a, b) for a, b in prerequisites}) == len(prerequisites), "repeated pair"
    answer = by_kahn(n, prerequisites)
    assert answer == by_colours(n, prerequisites)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"numCourses": n, "prerequisites": prerequisites}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {str(answer).lower()}  ({len(prerequisites)} prerequisites)")


def random_dag(rng, n, edges):
    """`edges` distinct pairs [a, b] where b comes earlier than a in a hidden random
    ranking; returns (pairs, ranking)."""
    rank = list(range(n))
    rng.shuffle(rank)  # rank[r] is the course of rank r
    seen = set()
    pairs = []
    while len(pairs) < edges:
        i, j = sorted(rng.sample(range(n), 2))
        if (i, j) not in seen:
            seen.add((i, j))
            pairs.append([rank[j], rank[i]])
    return pairs, rank


def main():
    rng = random.Random(207)

    chain = [[i, i - 1] for i in range(1, N)]
    rng.shuffle(chain)
    write("max-size-chain", N, chain)

    chain = [[i, i + 1] for i in range(N - 1)]
    rng.shuffle(chain)
    write("max-size-chain-reversed", N, chain)

    pairs, _ = random_dag(rng, N, E)
    write("max-size-random-dag", N, pairs)

    # A random DAG whose ranking is also a path through all the courses (1999 pairs), plus
    # one pair that makes the course of rank 1900 need the course of rank 1999.
    pairs, rank = random_dag(rng, N, E - N)
    seen = {(a, b) for a, b in pairs}
    for r in range(1, N):
        if (rank[r], rank[r - 1]) not in seen:
            pairs.append([rank[r], rank[r - 1]])
    pairs.append([rank[1900], rank[N - 1]])
    rng.shuffle(pairs)
    write("max-size-hidden-cycle", N, pairs)

    ring = list(range(N))
    rng.shuffle(ring)
    cycle = [[ring[i], ring[i - 1]] for i in range(N)]
    rng.shuffle(cycle)
    write("max-size-cycle-of-all", N, cycle)

    write("max-size-no-prerequisites", N, [])

    # Layers: 50 layers of 40 courses; each course needs 2 random courses of the layer
    # before. Many courses are reached along many paths (diamonds everywhere).
    order = list(range(N))
    rng.shuffle(order)
    layers = [order[k * 40:(k + 1) * 40] for k in range(50)]
    pairs = []
    for k in range(1, 50):
        for course in layers[k]:
            for before in rng.sample(layers[k - 1], 2):
                pairs.append([course, before])
    rng.shuffle(pairs)
    write("max-size-layers", N, pairs)

    # Star: course 0 needs 1999 others, and 3001 pairs among the others, all respecting
    # the numbering (a needs b only when a < b), so nothing loops back.
    pairs = [[0, b] for b in range(1, N)]
    seen = set()
    while len(pairs) < E:
        a, b = sorted(rng.sample(range(1, N), 2))
        if (a, b) not in seen:
            seen.add((a, b))
            pairs.append([a, b])
    rng.shuffle(pairs)
    write("max-size-star", N, pairs)


if __name__ == "__main__":
    main()
