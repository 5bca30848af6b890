#!/usr/bin/env python3
"""Writes the largest Flood Fill tests (deterministic). Run from the problem folder:
/usr/bin/python3 tests/generate.py. Each input file is {"image", "sr", "sc", "color"};
each expected file is the image after the fill, computed by a breadth-first search and
checked against a fixed-point sweep (grow the filled set until it stops changing)."""
import json
import random
from collections import deque

SIDE = 50
MAX_COLOR = 65535


def fill_bfs(image, sr, sc, color):
    m, n = len(image), len(image[0])
    start = image[sr][sc]
    seen = {(sr, sc)}
    queue = deque([(sr, sc)])
    while queue:
        r, c = queue.popleft()
        for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= a < m and 0 <= b < n and (a, b) not in seen and image[a][b] == start:
                seen.add((a, b))
                queue.append((a, b))
    return [[color if (r, c) in seen else image[r][c] for c in range(n)] for r in range(m)]


def fill_sweeps(image, sr, sc, color):
    m, n = len(image), len(image[0])
    start = image[sr][sc]
    filled = {(sr, sc)}
    while True:
        grown = {(a, b) for r, c in filled
                 for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                 if 0 <= a < m and 0 <= b < n and image[a][b] == start}
        if grown <= filled:
            break
        filled |= grown
    return [[color if (r, c) in filled else image[r][c] for c in range(n)] for r in range(m)]


def expected(image, sr, sc, color):
    result = fill_bfs(image, sr, sc, color)
    assert result == fill_sweeps(image, sr, sc, color)
    return result


def write(name, image, sr, sc, color):
    m, n = len(image), len(image[0])
    assert 1 <= m <= SIDE and 1 <= n <= SIDE and all(len(row) == n for row in image)
    assert all(0 <= v <= MAX_COLOR for row in image for v in row) and 0 <= color <= MAX_COLOR
    assert 0 <= sr < m and 0 <= sc < n
    result = expected(image, sr, sc, color)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"image": image, "sr": sr, "sc": sc, "color": color}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(result, f, separators=(",", ":"))
        f.write("\n")
    changed = sum(a != b for x, y in zip(image, result) for a, b in zip(x, y))
    print(name, f"{m}x{n}", "cells changed:", changed)


def main():
    rng = random.Random(733)
    uniform = [[7] * SIDE for _ in range(SIDE)]
    # One colour everywhere, filled with a new colour from the middle.
    write("max-size-uniform-new-color", uniform, 25, 25, 8)
    # One colour everywhere, "filled" with that same colour: nothing changes.
    write("max-size-uniform-same-color", uniform, 0, SIDE - 1, 7)

    # Two colours at random (62% ones, just above the percolation threshold): the start's
    # region is a large irregular blob with holes.
    image = [[1 if rng.random() < 0.62 else 0 for _ in range(SIDE)] for _ in range(SIDE)]
    best = max(((r, c) for r in range(SIDE) for c in range(SIDE)),
               key=lambda p: sum(row.count(2) for row in fill_bfs(image, p[0], p[1], 2))
               if image[p[0]][p[1]] == 1 else -1)
    write("max-size-random-blob", image, best[0], best[1], 2)

    # The same blob filled with its own colour: nothing changes.
    write("max-size-random-blob-same-color", image, best[0], best[1], 1)

    # Many colours up to the maximum; the start sits in a band of one colour.
    image = [[rng.choice([0, MAX_COLOR, 12345]) for _ in range(SIDE)] for _ in range(SIDE)]
    for c in range(SIDE):
        image[SIDE // 2][c] = MAX_COLOR
    write("max-size-max-colors", image, SIDE // 2, 0, 0)


if __name__ == "__main__":
    main()
