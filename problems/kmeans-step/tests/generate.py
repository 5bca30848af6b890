#!/usr/bin/env python3
"""Writes the K-Means Step tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
The larger tests go to tests/*.json; the small ones are printed as YAML lines to paste into
problem.yaml. Expected values: exact rational arithmetic (fractions.Fraction of the
doubles), so ties are found exactly and the means are rounded only once."""
import json
import random
import sys
from fractions import Fraction

MAX_N, MAX_K, MAX_D = 1000, 32, 16
LIMIT = 100.0
GAP = Fraction(1, 10**6)  # squared distances are equal or at least this far apart


def sq(p, c):
    return sum((Fraction(a) - Fraction(b)) ** 2 for a, b in zip(p, c))


def dyadic(values):
    """Every coordinate a multiple of 1/4: then every squared distance (< 2^53 sixteenths)
    is computed exactly in double precision however it is computed, and ties are ties."""
    return all((Fraction(v) * 4).denominator == 1 for v in values)


def step(points, centroids):
    k, d = len(centroids), len(centroids[0])
    sums = [[Fraction(0)] * d for _ in range(k)]
    counts = [0] * k
    ties = 0
    for p in points:
        dist = [sq(p, c) for c in centroids]
        best = min(dist)
        j = dist.index(best)  # the lowest index among the nearest
        ties += dist.count(best) > 1
        for other in dist:
            assert other == best or abs(other - best) >= GAP, "near tie"
        counts[j] += 1
        for a in range(d):
            sums[j][a] += Fraction(p[a])
    new = [[float(s / counts[j]) for s in sums[j]] if counts[j] else list(centroids[j])
           for j in range(k)]
    return new, ties, counts.count(0)


def check(points, centroids):
    assert 1 <= len(points) <= MAX_N and 1 <= len(centroids) <= MAX_K
    d = len(points[0])
    assert 1 <= d <= MAX_D and all(len(p) == d for p in points + centroids)
    flat = [v for p in points + centroids for v in p]
    assert all(-LIMIT <= v <= LIMIT for v in flat)
    return dyadic(flat)


SMALL = [
    # name, tags, points, centroids
    ("sample-1", [], [[0.0, 0.0], [1.0, 0.0], [10.0, 10.0], [11.0, 10.0]], [[0.0, 0.0], [10.0, 10.0]]),
    ("sample-2", ["edge:tie"], [[0.0, 0.0], [2.0, 0.0], [1.0, 0.0]], [[0.0, 0.0], [2.0, 0.0]]),
    ("sample-3", ["edge:empty-cluster"], [[1.0, 1.0], [2.0, 2.0]], [[0.0, 0.0], [100.0, 100.0]]),
    ("single-point-single-centroid", ["edge:single"], [[3.5, -2.0]], [[0.0, 0.0]]),
    ("single-point-many-centroids", ["edge:single", "edge:empty-cluster"],
     [[1.0, 1.0]], [[5.0, 5.0], [0.0, 0.0], [1.5, 1.0], [-3.0, 2.0]]),
    ("one-centroid", ["edge:single"], [[1.0], [2.0], [4.0], [-10.0]], [[50.0]]),
    ("identical-centroids", ["edge:duplicates", "edge:tie", "edge:empty-cluster"],
     [[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5]], [[0.0, 0.0], [0.0, 0.0]]),
    ("identical-points", ["edge:duplicates"],
     [[2.0, 2.0]] * 5 + [[-2.0, -2.0]] * 3, [[1.0, 1.0], [-1.0, -1.0], [0.0, 0.0]]),
    ("midline-ties", ["edge:tie"],
     [[0.0, -3.0], [0.0, 0.0], [0.0, 7.5], [1.0, 1.0]], [[-1.0, 0.0], [1.0, 0.0]]),
    ("four-way-tie", ["edge:tie", "edge:empty-cluster", "edge:zero"],
     [[0.0, 0.0]], [[0.0, 1.0], [1.0, 0.0], [0.0, -1.0], [-1.0, 0.0]]),
    ("nearest-is-last", ["edge:negative"],
     [[-9.0, -9.0], [-8.0, -9.5], [9.0, 9.0]], [[9.0, 9.0], [0.0, 0.0], [-9.0, -9.0]]),
    ("more-centroids-than-points", ["edge:empty-cluster"],
     [[0.25, 0.25], [10.0, 10.0]], [[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [9.0, 9.0], [20.0, 20.0]]),
    ("one-dimension", ["edge:negative"],
     [[-5.0], [-4.0], [-1.0], [0.5], [3.0], [7.0]], [[-4.5], [0.0], [6.0]]),
    ("extreme-values", ["edge:max-value", "edge:negative"],
     [[100.0, -100.0], [100.0, 100.0], [-100.0, -100.0]], [[100.0, 0.0], [-100.0, 0.0]]),
    ("fractional", [], [[0.1, 0.2], [0.3, 0.1], [0.9, 0.8], [0.7, 0.95]], [[0.15, 0.15], [0.8, 0.85]]),
]


def random_points(rng, n, d, decimals):
    return [[round(rng.uniform(-LIMIT, LIMIT), decimals) for _ in range(d)] for _ in range(n)]


def main():
    for name, tags, points, centroids in SMALL:
        is_dyadic = check(points, centroids)
        new, ties, empty = step(points, centroids)
        assert ties == 0 or is_dyadic, name
        sample = "sample: true, " if name.startswith("sample") else ""
        tag = f"tags: [{', '.join(tags)}], " if tags else ""
        print(f"  - {{name: {name}, {sample}{tag}")
        print(f"     input: {{points: {json.dumps(points)}, centroids: {json.dumps(centroids)}}},")
        print(f"     expected: {json.dumps(new)}}}")
        print(f"{name}: {ties} tied points, {empty} empty clusters", file=sys.stderr)

    rng = random.Random(5)
    blobs = [[rng.uniform(-80, 80) for _ in range(MAX_D)] for _ in range(20)]
    blob_points = [[round(min(LIMIT, max(-LIMIT, c + rng.gauss(0, 8))), 3) for c in rng.choice(blobs)]
                   for _ in range(MAX_N)]
    large = {
        # n = 1000, k = 32, d = 16, uniform points, centroids picked among the points.
        "max-size-random": ((pts := random_points(rng, MAX_N, MAX_D, 3)), rng.sample(pts, MAX_K)),
        # Points around 20 blobs; the 32 centroids are random, so some clusters are empty.
        "max-size-blobs": (blob_points, random_points(rng, MAX_K, MAX_D, 2)),
        # Small integer coordinates in 2-D: many exact ties, duplicate points and centroids.
        "max-size-ties": ([[float(rng.randint(-4, 4)), float(rng.randint(-4, 4))] for _ in range(MAX_N)],
                          [[float(rng.randint(-3, 3)), float(rng.randint(-3, 3))] for _ in range(MAX_K)]),
        # Half the centroids far off in one corner: they all stay where they are.
        "far-centroids": (random_points(rng, MAX_N, 4, 2),
                                   random_points(rng, 16, 4, 2) + [[99.0 + i / 16, 99.0, 99.0, 99.0] for i in range(16)]),
    }
    for name, (points, centroids) in large.items():
        is_dyadic = check(points, centroids)
        new, ties, empty = step(points, centroids)
        assert ties == 0 or is_dyadic, name
        with open(f"tests/{name}.json", "w") as f:
            json.dump({"points": points, "centroids": centroids}, f, separators=(",", ":"))
            f.write("\n")
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(new, f, separators=(",", ":"))
            f.write("\n")
        print(name, f"written: {ties} tied points, {empty} empty clusters")


if __name__ == "__main__":
    main()
