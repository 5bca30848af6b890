#!/usr/bin/env python3
"""Writes the 10 x 10 Rotting Oranges tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"grid": [[0/1/2, ...], ...]}. The answer is computed twice (a multi-source
breadth-first search, and a minute-by-minute simulation on copies of the grid), printed,
and written inline in problem.yaml."""
import json
import random
from collections import deque

N = 10


def by_bfs(grid):
    m, n = len(grid), len(grid[0])
    time = [[-1] * n for _ in range(m)]
    queue = deque()
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 2:
                time[i][j] = 0
                queue.append((i, j))
    while queue:
        i, j = queue.popleft()
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and time[a][b] < 0:
                time[a][b] = time[i][j] + 1
                queue.append((a, b))
    worst = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 1:
                if time[i][j] < 0:
                    return -1
                worst = max(worst, time[i][j])
    return worst


def by_simulation(grid):
    m, n = len(grid), len(grid[0])
    grid = [row[:] for row in grid]
    minutes = 0
    while True:
        rot = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 1 and any(
            0 <= a < m and 0 <= b < n and grid[a][b] == 2
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)))]
        if not rot:
            break
        for i, j in rot:
            grid[i][j] = 2
        minutes += 1
    return -1 if any(1 in row for row in grid) else minutes


def write(name, grid):
    assert 1 <= len(grid) <= N and all(1 <= len(r) <= N for r in grid)
    assert len({len(r) for r in grid}) == 1 and all(x in (0, 1, 2) for r in grid for x in r)
    answer = by_bfs(grid)
    assert answer == by_simulation(grid)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"grid": grid}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {answer}")


def main():
    rng = random.Random(994)
    # Random 10 x 10 grids: 15% empty, 80% fresh, 5% rotten, until every fresh orange
    # is reached (and, for the second, until one is not).
    while True:
        grid = [[rng.choices((0, 1, 2), (15, 80, 5))[0] for _ in range(N)] for _ in range(N)]
        if by_bfs(grid) >= 5:
            break
    write("max-size-random", grid)
    while True:
        grid = [[rng.choices((0, 1, 2), (20, 78, 2))[0] for _ in range(N)] for _ in range(N)]
        if by_bfs(grid) == -1 and any(2 in row for row in grid):
            break
    write("max-size-random-unreachable", grid)
    # All fresh but the top left corner: the rot needs 18 minutes to reach the far corner.
    corner = [[1] * N for _ in range(N)]
    corner[0][0] = 2
    write("max-size-one-corner", corner)
    # A snake: full rows joined alternately at the right and the left end, rotten at the
    # start of the first row; the last orange rots after 54 minutes.
    snake = []
    for i in range(N):
        if i % 2 == 0:
            snake.append([1] * N)
        elif i % 4 == 1:
            snake.append([0] * (N - 1) + [1])
        else:
            snake.append([1] + [0] * (N - 1))
    snake[0][0] = 2
    write("max-size-snake", snake)
    # The same snake with one wall cell added in the middle of its path: the far half stays
    # fresh.
    cut = [row[:] for row in snake]
    cut[4][5] = 0
    write("max-size-snake-cut", cut)
    # All rotten: nothing to do.
    write("max-size-all-rotten", [[2] * N for _ in range(N)])
    # All fresh, no rotten orange.
    write("max-size-all-fresh", [[1] * N for _ in range(N)])
    # Rotten at both ends of every row: the rot meets in the middle.
    rows = [[2] + [1] * (N - 2) + [2] for _ in range(N)]
    write("max-size-two-sides", rows)


if __name__ == "__main__":
    main()
