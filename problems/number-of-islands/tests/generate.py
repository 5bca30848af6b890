#!/usr/bin/env python3
"""Writes the 300 x 300 Number of Islands tests (deterministic). Run from the problem
folder: python3 tests/generate.py. Each file is {"grid": [[...], ...]} with "1"/"0"
cells; the island counts are printed and written inline in problem.yaml."""
import json
import random
from collections import deque

N = 300


def count_islands(rows):
    """BFS over the 4-neighbourhood."""
    m, n = len(rows), len(rows[0])
    seen = [[False] * n for _ in range(m)]
    count = 0
    for si in range(m):
        for sj in range(n):
            if rows[si][sj] != "1" or seen[si][sj]:
                continue
            count += 1
            seen[si][sj] = True
            queue = deque([(si, sj)])
            while queue:
                i, j = queue.popleft()
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and rows[a][b] == "1" and not seen[a][b]:
                        seen[a][b] = True
                        queue.append((a, b))
    return count


def write(name, rows):
    assert len(rows) == N and all(len(r) == N and set(r) <= {"0", "1"} for r in rows)
    grid = [list(r) for r in rows]
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"grid": grid}, f, separators=(",", ":"))
        f.write("\n")
    print(name, count_islands(rows))


def main():
    rng = random.Random(200)
    write("max-size-random",
          ["".join("1" if rng.random() < 0.45 else "0" for _ in range(N)) for _ in range(N)])
    write("max-size-all-land", ["1" * N] * N)
    write("max-size-checkerboard",
          ["".join("1" if (i + j) % 2 == 0 else "0" for j in range(N)) for i in range(N)])
    # One island shaped as a snake: full rows joined alternately at the right and the
    # left end, so a depth-first search goes about 45,000 cells deep.
    snake = []
    for i in range(N):
        if i % 2 == 0:
            snake.append("1" * N)
        elif i % 4 == 1:
            snake.append("0" * (N - 1) + "1")
        else:
            snake.append("1" + "0" * (N - 1))
    write("max-size-snake", snake)


if __name__ == "__main__":
    main()
