#!/usr/bin/env python3
"""Writes the large Shortest Path in Binary Matrix tests (deterministic). Run from the
problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"grid": [[0/1, ...], ...]}. The answer is computed twice (a breadth-first
search from the top left corner, and one from the bottom right corner back), printed, and
written inline in problem.yaml."""
import json
import random
from collections import deque

N = 100
STEPS = [(a, b) for a in (-1, 0, 1) for b in (-1, 0, 1) if (a, b) != (0, 0)]


def bfs(grid, start, goal):
    n = len(grid)
    if grid[start[0]][start[1]] or grid[goal[0]][goal[1]]:
        return -1
    dist = {start: 1}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            return dist[cell]
        for da, db in STEPS:
            a, b = cell[0] + da, cell[1] + db
            if 0 <= a < n and 0 <= b < n and not grid[a][b] and (a, b) not in dist:
                dist[(a, b)] = dist[cell] + 1
                queue.append((a, b))
    return -1


def write(name, grid):
    n = len(grid)
    assert 1 <= n <= N and all(len(r) == n for r in grid)
    assert all(x in (0, 1) for r in grid for x in r)
    answer = bfs(grid, (0, 0), (n - 1, n - 1))
    assert answer == bfs(grid, (n - 1, n - 1), (0, 0))
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"grid": grid}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {answer}")


def main():
    rng = random.Random(1091)
    # Random 100 x 100 grids, 35% blocked, corners open, until a path exists.
    while True:
        grid = [[1 if rng.random() < 0.35 else 0 for _ in range(N)] for _ in range(N)]
        grid[0][0] = grid[N - 1][N - 1] = 0
        if bfs(grid, (0, 0), (N - 1, N - 1)) > 0:
            break
    write("max-size-random", grid)
    # 50% blocked, corners open, no path.
    while True:
        grid = [[1 if rng.random() < 0.5 else 0 for _ in range(N)] for _ in range(N)]
        grid[0][0] = grid[N - 1][N - 1] = 0
        if bfs(grid, (0, 0), (N - 1, N - 1)) < 0:
            break
    write("max-size-random-no-path", grid)
    write("max-size-open", [[0] * N for _ in range(N)])
    # A serpentine: every odd row is a wall with one gap, alternately at the right and at
    # the left end, so the path sweeps each even row.
    snake = [[0] * N for _ in range(N)]
    for i in range(1, N - 1, 2):
        snake[i] = [1] * N
        snake[i][N - 1 if i % 4 == 1 else 0] = 0
    write("max-size-serpentine", snake)
    # Open, but a wall two cells thick along the anti-diagonal (i + j = 99 or 100: a
    # diagonal step cannot cross it) whose only gap is at the top right corner.
    wall = [[1 if i + j in (N - 1, N) else 0 for j in range(N)] for i in range(N)]
    wall[0][N - 1] = wall[1][N - 1] = 0
    write("max-size-detour", wall)
    # The same wall with no gap: the two corners are cut apart.
    closed = [row[:] for row in wall]
    closed[0][N - 1] = closed[1][N - 1] = 1
    write("max-size-walled-off", closed)
    # A wall one cell thick along the anti-diagonal: diagonal steps slip through it.
    thin = [[1 if i + j == N - 1 else 0 for j in range(N)] for i in range(N)]
    write("max-size-thin-wall", thin)
    # Everything open except the bottom right corner.
    end = [[0] * N for _ in range(N)]
    end[N - 1][N - 1] = 1
    write("max-size-blocked-end", end)


if __name__ == "__main__":
    main()
