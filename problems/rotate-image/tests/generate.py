#!/usr/bin/env python3
"""Writes the largest Rotate Image tests (deterministic). Run from the problem folder:
python3 tests/generate.py. Each input file is {"matrix": [[...], ...]}; each expected
file is the matrix turned 90 degrees clockwise."""
import json
import random

LIMIT = 1000


def rotate_clockwise(matrix):
    """Row i of the result is column i of the input, read from the bottom up."""
    n = len(matrix)
    return [[matrix[n - 1 - j][i] for j in range(n)] for i in range(n)]


def write(name, matrix):
    n = len(matrix)
    assert 1 <= n <= 20 and all(len(row) == n for row in matrix)
    assert all(-LIMIT <= v <= LIMIT for row in matrix for v in row)
    rotated = rotate_clockwise(matrix)
    assert rotate_clockwise(rotate_clockwise(rotate_clockwise(rotated))) == matrix
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"matrix": matrix}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(rotated, f, separators=(",", ":"))
        f.write("\n")
    print(name, f"{n}x{n}")


def main():
    rng = random.Random(48)
    write("max-size-random",
          [[rng.randint(-LIMIT, LIMIT) for _ in range(20)] for _ in range(20)])
    # The largest odd size: the middle row and column must move too, the centre stays.
    write("max-odd-size-random",
          [[rng.randint(-LIMIT, LIMIT) for _ in range(19)] for _ in range(19)])
    # Distinct values 1..400 row by row: every misplaced cell shows.
    write("max-size-distinct", [[20 * i + j + 1 for j in range(20)] for i in range(20)])


if __name__ == "__main__":
    main()
