#!/usr/bin/env python3
"""Writes the large Minimum Path Sum tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"grid": [[...], ...]}. The answer is computed twice (a row-by-row dynamic
program, and Dijkstra's algorithm over the right/down moves), printed, and written inline
in problem.yaml."""
import heapq
import json
import random

N = 200
MAX = 200


def by_dp(grid):
    m, n = len(grid), len(grid[0])
    best = [[0] * n for _ in range(m)]
    for i in range(m):
        for j in range(n):
            if i == 0 and j == 0:
                best[i][j] = grid[0][0]
            elif i == 0:
                best[i][j] = best[i][j - 1] + grid[i][j]
            elif j == 0:
                best[i][j] = best[i - 1][j] + grid[i][j]
            else:
                best[i][j] = min(best[i - 1][j], best[i][j - 1]) + grid[i][j]
    return best[m - 1][n - 1]


def by_dijkstra(grid):
    m, n = len(grid), len(grid[0])
    dist = {(0, 0): grid[0][0]}
    heap = [(grid[0][0], 0, 0)]
    while heap:
        d, i, j = heapq.heappop(heap)
        if (i, j) == (m - 1, n - 1):
            return d
        if d > dist[(i, j)]:
            continue
        for a, b in ((i + 1, j), (i, j + 1)):
            if a < m and b < n and d + grid[a][b] < dist.get((a, b), float("inf")):
                dist[(a, b)] = d + grid[a][b]
                heapq.heappush(heap, (dist[(a, b)], a, b))
    raise AssertionError("unreachable")


def write(name, grid):
    assert 1 <= len(grid) <= N and all(1 <= len(r) <= N for r in grid)
    assert len({len(r) for r in grid}) == 1 and all(0 <= x <= MAX for r in grid for x in r)
    answer = by_dp(grid)
    assert answer == by_dijkstra(grid)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"grid": grid}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {answer}")


def main():
    rng = random.Random(64)
    write("max-size-random", [[rng.randint(0, MAX) for _ in range(N)] for _ in range(N)])
    write("max-size-all-max", [[MAX] * N for _ in range(N)])
    write("max-size-all-zero", [[0] * N for _ in range(N)])
    # 200 everywhere but a staircase of zeros from the top left to the bottom right that
    # steps right 20 cells, then down 20 cells, and so on: the answer is 0.
    stairs = [[MAX] * N for _ in range(N)]
    i = j = 0
    stairs[0][0] = 0
    while (i, j) != (N - 1, N - 1):
        for _ in range(20):
            if j < N - 1:
                j += 1
                stairs[i][j] = 0
        for _ in range(20):
            if i < N - 1:
                i += 1
                stairs[i][j] = 0
    write("max-size-staircase", stairs)
    # Greedy trap: the first row is cheap (1s) up to column 149, the inside expensive
    # (200), but a corridor of 2s runs down column 37 and along the last row. A
    # walk that always takes the cheaper next cell stays on the 1s and gets stuck inside.
    trap = [[MAX] * N for _ in range(N)]
    for j in range(N):
        trap[0][j] = 1 if j < 150 else MAX
    col = 37
    for i in range(N):
        trap[i][col] = 2
    for j in range(col, N):
        trap[N - 1][j] = 2
    write("max-size-greedy-trap", trap)
    write("max-size-row", [[rng.randint(0, MAX) for _ in range(N)]])
    write("max-size-column", [[rng.randint(0, MAX)] for _ in range(N)])
    write("max-size-wide", [[rng.randint(0, MAX) for _ in range(N)] for _ in range(3)])


if __name__ == "__main__":
    main()
