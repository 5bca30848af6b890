#!/usr/bin/env python3
"""Writes the 2000-course Course Schedule II tests (deterministic). Run from the problem
folder: python3 tests/generate.py. Each input file is {"numCourses": n, "prerequisites":
[[a, b], ...]}; when the courses can all be taken, the expected file holds one valid order
(Kahn's algorithm, smallest course first), else the expected value is [] and is written
inline in problem.yaml. The custom checker accepts any valid order."""
import heapq
import json
import random

N = 2000


def smallest_first_order(n, prerequisites):
    """Kahn's algorithm that always takes the smallest available course; [] on a cycle."""
    unlocks = [[] for _ in range(n)]
    missing = [0] * n
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    ready = [c for c in range(n) if missing[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        course = heapq.heappop(ready)
        order.append(course)
        for after in unlocks[course]:
            missing[after] -= 1
            if missing[after] == 0:
                heapq.heappush(ready, after)
    return order if len(order) == n else []


def is_valid_order(n, prerequisites, order):
    """Independent of the above: a permutation of 0..n-1 with every b before its a."""
    if sorted(order) != list(range(n)):
        return False
    position = {course: i for i, course in enumerate(order)}
    return all(position[b] < position[a] for a, b in prerequisites)


def write(name, n, prerequisites):
    assert 1 <= n <= N and len(prerequisites) <= n * (n - 1)
    assert all(0 <= a < n and 0 <= b < n and a != b for a, b in prerequisites)
    assert len({(a, b) for a, b in prerequisites}) == len(prerequisites), "repeated pair"
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"numCourses": n, "prerequisites": prerequisites}, f, separators=(",", ":"))
        f.write("\n")
    order = smallest_first_order(n, prerequisites)
    if order:
        assert is_valid_order(n, prerequisites, order)
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(order, f, separators=(",", ":"))
            f.write("\n")
        print(name, f"{len(prerequisites)} prerequisites, order starts", order[:5])
    else:
        print(name, f"{len(prerequisites)} prerequisites, cycle: expected []")
    return order


def random_dag(rng, n, edges):
    """`edges` distinct pairs of a hidden random ranking, each later course needing an
    earlier one; returns (pairs, ranking)."""
    rank = list(range(n))
    rng.shuffle(rank)  # rank[r] is the course of rank r
    pairs = []
    # Pair number k of the n*(n-1)/2 pairs (i < j) of ranks, row by row.
    for k in rng.sample(range(n * (n - 1) // 2), edges):
        j = int(((8 * k + 1) ** 0.5 + 1) / 2)
        while j * (j - 1) // 2 > k:
            j -= 1
        while (j + 1) * j // 2 <= k:
            j += 1
        i = k - j * (j - 1) // 2
        assert 0 <= i < j < n
        pairs.append([rank[j], rank[i]])
    return pairs, rank


def main():
    rng = random.Random(210)

    # Course i needs course i - 1: one order only, and a path 2000 courses long.
    chain = [[i, i - 1] for i in range(1, N)]
    rng.shuffle(chain)
    write("max-size-chain", N, chain)

    # Course i needs course i + 1: the only order is 1999, 1998, ..., 0.
    chain = [[i, i + 1] for i in range(N - 1)]
    rng.shuffle(chain)
    write("max-size-chain-reversed", N, chain)

    # 130,000 random pairs of a random ranking (of the 1,999,000 possible).
    pairs, _ = random_dag(rng, N, 130_000)
    assert write("max-size-random-dag", N, pairs)

    # A random DAG whose ranking is also a path through all 2000 courses, plus one pair
    # that makes the course of rank 1900 need the course of rank 1999: every cycle uses
    # that pair and stays among the last 100 courses of the ranking.
    pairs, rank = random_dag(rng, N, 50_000)
    seen = {(a, b) for a, b in pairs}
    for r in range(1, N):
        if (rank[r], rank[r - 1]) not in seen:
            pairs.append([rank[r], rank[r - 1]])
    pairs.append([rank[1900], rank[N - 1]])
    rng.shuffle(pairs)
    assert not write("max-size-hidden-cycle", N, pairs)

    # One cycle through all 2000 courses, in random order.
    ring = list(range(N))
    rng.shuffle(ring)
    cycle = [[ring[i], ring[i - 1]] for i in range(N)]
    rng.shuffle(cycle)
    assert not write("max-size-cycle-of-all", N, cycle)

    # No prerequisites at all: every permutation is an answer.
    write("max-size-no-prerequisites", N, [])


if __name__ == "__main__":
    main()
