#!/usr/bin/env python3
"""Writes the large Path With Minimum Effort tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
Each file is {"heights": [[...], ...]}. The answer is computed twice (Dijkstra's algorithm
on the largest step so far, and union-find over the steps in increasing order until the
two corners join), printed, and written inline in problem.yaml."""
import heapq
import json
import random

N = 100
MAX = 10**6


def steps(heights):
    m, n = len(heights), len(heights[0])
    for i in range(m):
        for j in range(n):
            if i + 1 < m:
                yield abs(heights[i][j] - heights[i + 1][j]), i * n + j, (i + 1) * n + j
            if j + 1 < n:
                yield abs(heights[i][j] - heights[i][j + 1]), i * n + j, i * n + j + 1


def by_dijkstra(heights):
    m, n = len(heights), len(heights[0])
    near = [[] for _ in range(m * n)]
    for w, u, v in steps(heights):
        near[u].append((v, w))
        near[v].append((u, w))
    best = [None] * (m * n)
    best[0] = 0
    heap = [(0, 0)]
    while heap:
        effort, u = heapq.heappop(heap)
        if u == m * n - 1:
            return effort
        if effort > best[u]:
            continue
        for v, w in near[u]:
            e = max(effort, w)
            if best[v] is None or e < best[v]:
                best[v] = e
                heapq.heappush(heap, (e, v))
    raise AssertionError("the grid is connected")


def by_union_find(heights):
    m, n = len(heights), len(heights[0])
    if m * n == 1:
        return 0
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for w, u, v in sorted(steps(heights)):
        parent[find(u)] = find(v)
        if find(0) == find(m * n - 1):
            return w
    raise AssertionError("the grid is connected")


def write(name, heights):
    assert 1 <= len(heights) <= N and all(1 <= len(r) <= N for r in heights)
    assert len({len(r) for r in heights}) == 1 and all(1 <= x <= MAX for r in heights for x in r)
    answer = by_dijkstra(heights)
    assert answer == by_union_find(heights)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"heights": heights}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {answer}")


def main():
    rng = random.Random(1631)
    write("max-size-random", [[rng.randint(1, MAX) for _ in range(N)] for _ in range(N)])
    write("max-size-flat", [[777] * N for _ in range(N)])
    # A smooth slope: each step right adds 3, each step down adds 5.
    write("max-size-slope", [[1 + 3 * j + 5 * i for j in range(N)] for i in range(N)])
    # High walls (10^6) in every odd row but one gap, alternately at the right and the
    # left end, and the last row open; the open cells rise by 1 per cell along the
    # serpentine path. The best path follows it all the way (effort 1) rather than climb a
    # wall.
    snake = [[MAX] * N for _ in range(N)]
    h = 1
    for i in range(N):
        if i % 2 == 0 or i == N - 1:
            cols = range(N - 1, -1, -1) if i % 4 == 2 else range(N)
            for j in cols:
                snake[i][j] = h
                h += 1
        else:
            j = N - 1 if i % 4 == 1 else 0
            snake[i][j] = h
            h += 1
    write("max-size-serpentine", snake)
    # Random heights with a hidden smooth corridor that goes down, right, up, right, down
    # (against the usual direction): the corridor's steps are at most 50.
    grid = [[rng.randint(1, MAX) for _ in range(N)] for _ in range(N)]
    path = [(i, 0) for i in range(N)] + [(N - 1, j) for j in range(1, 30)] + \
           [(i, 29) for i in range(N - 2, -1, -1)] + [(0, j) for j in range(30, 60)] + \
           [(i, 59) for i in range(1, N)] + [(N - 1, j) for j in range(60, N)]
    h = 500_000
    for i, j in path:
        grid[i][j] = h
        h += rng.randint(-50, 50)
    write("max-size-corridor", grid)
    write("max-size-extremes", [[1 if (i + j) % 2 == 0 else MAX for j in range(N)] for i in range(N)])
    write("max-size-row", [[rng.randint(1, MAX) for _ in range(N)]])
    write("max-size-column", [[rng.randint(1, 1000)] for _ in range(N)])


if __name__ == "__main__":
    main()
