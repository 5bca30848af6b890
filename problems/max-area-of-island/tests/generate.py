#!/usr/bin/env python3
"""Writes the large Max Area of Island tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"grid": [[0/1, ...], ...]}. The largest area is computed twice (breadth-first
search and union-find), printed, and written inline in problem.yaml. Also printed: the
cells a flood fill from every land cell without a shared visited set would visit
(sum of area² over the islands), which must stay small enough for the too-slow Python
solution to pass every test within the time limit."""
import json
import random
from collections import deque

N = 50


def areas_bfs(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    areas = []
    for si in range(m):
        for sj in range(n):
            if grid[si][sj] != 1 or seen[si][sj]:
                continue
            seen[si][sj] = True
            queue = deque([(si, sj)])
            size = 0
            while queue:
                i, j = queue.popleft()
                size += 1
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and not seen[a][b]:
                        seen[a][b] = True
                        queue.append((a, b))
            areas.append(size)
    return areas


def largest_union_find(grid):
    m, n = len(grid), len(grid[0])
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1:
                continue
            if i + 1 < m and grid[i + 1][j] == 1:
                parent[find(i * n + j)] = find((i + 1) * n + j)
            if j + 1 < n and grid[i][j + 1] == 1:
                parent[find(i * n + j)] = find(i * n + j + 1)
    sizes = {}
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 1:
                root = find(i * n + j)
                sizes[root] = sizes.get(root, 0) + 1
    return max(sizes.values(), default=0)


def write(name, grid):
    assert 1 <= len(grid) <= N and all(1 <= len(r) <= N for r in grid)
    assert len({len(r) for r in grid}) == 1 and all(x in (0, 1) for r in grid for x in r)
    areas = areas_bfs(grid)
    best = max(areas, default=0)
    assert best == largest_union_find(grid)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"grid": grid}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {best}   ({len(areas)} islands, quadratic cost {sum(a * a for a in areas)})")


def main():
    rng = random.Random(695)
    write("max-size-random", [[1 if rng.random() < 0.5 else 0 for _ in range(N)] for _ in range(N)])
    write("max-size-checkerboard", [[(i + j + 1) % 2 for j in range(N)] for i in range(N)])
    # Vertical bars two cells wide, one water column apart; the bars end at different
    # heights, and one (the answer) runs the full height.
    stripes = [[0] * N for _ in range(N)]
    heights = [rng.randint(20, 49) for _ in range(17)]
    heights[11] = 50
    for k, h in enumerate(heights):
        for i in range(h):
            for j in (3 * k, 3 * k + 1):
                if j < N:
                    stripes[i][j] = 1
    write("max-size-stripes", stripes)
    # Land everywhere but one cross of water: four 24 x 24 (or 25 wide) quadrants.
    cross = [[0 if i == 24 or j == 25 else 1 for j in range(N)] for i in range(N)]
    # Cut the quadrants further into 12 x 12 blocks so no island is too large.
    cross = [[0 if i % 12 == 11 or j % 13 == 12 else cross[i][j] for j in range(N)]
             for i in range(N)]
    write("max-size-blocks", cross)
    # A snake 20 x 20: rows joined alternately at the right and the left end.
    snake = []
    for i in range(20):
        if i % 2 == 0:
            snake.append([1] * 20)
        elif i % 4 == 1:
            snake.append([0] * 19 + [1])
        else:
            snake.append([1] + [0] * 19)
    write("snake", snake)
    write("all-land-20", [[1] * 20 for _ in range(20)])
    # Sparse single cells on a 50 x 1 column and a 1 x 50 row.
    write("max-size-row", [[1 if rng.random() < 0.7 else 0 for _ in range(N)]])
    write("max-size-column", [[1 if rng.random() < 0.7 else 0] for _ in range(N)])


if __name__ == "__main__":
    main()
