#!/usr/bin/env python3
"""Writes the Pairwise Euclidean Distances tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
The larger tests go to tests/*.json; the small ones are printed as YAML lines to paste into
problem.yaml. Expected values: sqrt of an exactly rounded sum (math.fsum) of squared
coordinate differences, written with 12 significant digits (the checker allows 1e-4)."""
import json
import math
import random

MAX_N = 200
MAX_D = 16
LIMIT = 100.0


def distances(X, Y):
    return [[float(f"{math.sqrt(math.fsum((a - b) ** 2 for a, b in zip(x, y))):.12g}")
             for y in Y] for x in X]


def check(X, Y):
    assert 1 <= len(X) <= MAX_N and 1 <= len(Y) <= MAX_N
    d = len(X[0])
    assert 1 <= d <= MAX_D
    assert all(len(p) == d for p in X + Y)
    assert all(-LIMIT <= c <= LIMIT for p in X + Y for c in p)


def negatives_of_expansion(X, Y):
    """How many squared distances the unclamped |x|^2 + |y|^2 - 2 x.y trick makes negative
    (each is a NaN after sqrt): the trap the self-distance tests are there for."""
    import numpy as np
    x, y = np.array(X), np.array(Y)
    sq = (x * x).sum(1)[:, None] + (y * y).sum(1)[None, :] - 2 * x @ y.T
    return int((sq < 0).sum())


def points(rng, n, d, decimals=2):
    return [[round(rng.uniform(-LIMIT, LIMIT), decimals) for _ in range(d)] for _ in range(n)]


SMALL = [
    # name, tags, X, Y
    ("sample-1", [], [[0.0, 0.0], [3.0, 4.0]], [[0.0, 0.0], [1.0, 1.0], [6.0, 8.0]]),
    ("sample-2", ["edge:single"], [[1.0, 2.0, 3.0]], [[4.0, 6.0, 3.0]]),
    ("sample-3", ["edge:negative"], [[-1.5], [2.0]], [[0.5], [-1.5], [10.0]]),
    ("single-1d", ["edge:single", "edge:negative"], [[2.5]], [[-1.5]]),
    ("same-point", ["edge:single", "edge:zero"], [[0.1, 0.2, 0.3]], [[0.1, 0.2, 0.3]]),
    ("repeated-point", ["edge:duplicates", "edge:zero"],
     [[0.7, -0.3]] * 3, [[0.7, -0.3]] * 2),
    ("origin", ["edge:zero"], [[0.0, 0.0, 0.0, 0.0]], [[1.0, 2.0, 2.0, 4.0], [0.0, 0.0, 0.0, 0.0]]),
    ("opposite-corners", ["edge:max-value", "edge:negative"],
     [[100.0] * 16, [-100.0] * 16], [[-100.0] * 16, [100.0] * 16, [0.0] * 16]),
    ("tall", ["edge:non-square"], [[float(i), float(-i)] for i in range(6)], [[1.0, 1.0]]),
    ("wide", ["edge:non-square"], [[1.0, 1.0]], [[float(i), float(-i)] for i in range(6)]),
    ("tiny-distances", ["edge:close-points"],
     [[99.999, -99.999], [50.0, 50.0]], [[99.998, -99.999], [50.0, 50.001], [50.0005, 49.9995]]),
    ("all-negative", ["edge:negative"],
     [[-100.0, -50.5], [-0.25, -99.75]], [[-1.0, -1.0], [-100.0, -100.0]]),
    ("integer-grid-3d", ["edge:duplicates"],
     [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [2.0, 0.0, 1.0]],
     [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [-2.0, 3.0, 6.0]]),
    ("fractional", [], [[0.1, 0.2], [0.3, 0.4]], [[0.5, 0.6], [0.7, 0.8], [-0.9, 1.0]]),
]


def main():
    for name, tags, X, Y in SMALL:
        check(X, Y)
        sample = "sample: true, " if name.startswith("sample") else ""
        tag = f"tags: [{', '.join(tags)}], " if tags else ""
        print(f"  - {{name: {name}, {sample}{tag}")
        print(f"     input: {{X: {json.dumps(X)}, Y: {json.dumps(Y)}}},")
        print(f"     expected: {json.dumps(distances(X, Y))}}}")

    rng = random.Random(31)
    big = points(rng, MAX_N, MAX_D)
    shuffled = big[:]
    rng.shuffle(shuffled)
    large = {
        # n = m = 200, d = 16: random points in the full box.
        "max-size-random": (points(rng, MAX_N, MAX_D, 3), points(rng, MAX_N, MAX_D, 3)),
        # The same 200 points on both sides, in another order: 200 zero distances.
        "max-size-self": (big, shuffled),
        # X compared with itself, 2-decimal coordinates: the unclamped expansion trick
        # rounds some of the zero distances below 0.
        "self-distances": ((pts := points(rng, 60, 8)), pts),
        # d = 1, many points, many duplicates.
        "one-dimension": ([[round(rng.uniform(-5, 5), 1)] for _ in range(150)],
                          [[round(rng.uniform(-5, 5), 1)] for _ in range(120)]),
        # Few points, full dimension, non-square.
        "max-dimension-non-square": (points(rng, 3, MAX_D, 4), points(rng, 170, MAX_D, 4)),
    }
    for name, (X, Y) in large.items():
        check(X, Y)
        with open(f"tests/{name}.json", "w") as f:
            json.dump({"X": X, "Y": Y}, f, separators=(",", ":"))
            f.write("\n")
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(distances(X, Y), f, separators=(",", ":"))
            f.write("\n")
        print(name, "written; negative squared distances by the unclamped trick:",
              negatives_of_expansion(X, Y))


if __name__ == "__main__":
    main()
