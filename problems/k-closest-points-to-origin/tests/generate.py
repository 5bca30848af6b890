#!/usr/bin/env python3
"""Writes the larger K Closest Points to Origin tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"points": [...], "k": k}) and tests/<name>.expected.json,
the k closest points found by comparing exact squared distances after sorting (the checker
ignores their order). Every test is checked to have a unique answer: the k-th closest point
is strictly closer than the (k+1)-th. The script also re-checks every inline test of
problem.yaml the same way."""
import json
import random

import yaml

N = 10_000
LIMIT = 9_999  # -10^4 < x, y < 10^4


def closest(points, k):
    order = sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2)
    d = [p[0] ** 2 + p[1] ** 2 for p in order]
    assert k == len(points) or d[k - 1] < d[k], "the answer is not unique"
    return order[:k]


def write(name, points, k):
    assert 1 <= k <= len(points) <= N
    assert all(-LIMIT <= x <= LIMIT and -LIMIT <= y <= LIMIT for x, y in points)
    answer = closest(points, k)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"points": points, "k": k}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(answer, f, separators=(",", ":"))
        f.write("\n")
    print(name, "n =", len(points), "k =", k)


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            points, k = test["input"]["points"], test["input"]["k"]
            assert 1 <= k <= len(points) <= N, test["name"]
            assert all(-LIMIT <= x <= LIMIT and -LIMIT <= y <= LIMIT for x, y in points)
            assert sorted(test["expected"]) == sorted(closest(points, k)), (
                test["name"], closest(points, k))
    print("inline tests ok")


def random_points(rng, n, limit=LIMIT):
    return [[rng.randint(-limit, limit), rng.randint(-limit, limit)] for _ in range(n)]


def unique_k(points, wanted):
    """The nearest k to `wanted` whose answer is unique."""
    d = sorted(p[0] ** 2 + p[1] ** 2 for p in points)
    for k in sorted(range(1, len(points) + 1), key=lambda k: (abs(k - wanted), k)):
        if k == len(points) or d[k - 1] < d[k]:
            return k


def main():
    rng = random.Random(973)
    # k stays small on the largest inputs, so that a correct O(n * k) solution passes the
    # tests; the budget series (k = n/2) shows it is too slow.
    pts = random_points(rng, 1000)
    write("medium-k-equals-n", pts, 1000)
    pts = random_points(rng, 1000, 50)  # many equal distances
    write("medium-k-half-duplicates", pts, unique_k(pts, 500))
    pts = random_points(rng, N)
    write("max-size-k-1", pts, unique_k(pts, 1))
    pts = random_points(rng, N)
    write("max-size-k-10", pts, unique_k(pts, 10))
    pts = random_points(rng, N, 30)  # 3721 distinct points, many repeated
    write("max-size-duplicates", pts, unique_k(pts, 20))
    # Points on the four ends of the range plus a few inside: the extremes must not
    # overflow a squared distance.
    pts = [[rng.choice([-LIMIT, LIMIT]), rng.choice([-LIMIT, LIMIT])] for _ in range(N - 5)]
    pts += [[LIMIT, LIMIT - 1], [-LIMIT + 2, LIMIT], [0, -LIMIT], [LIMIT, 0], [1, 1]]
    rng.shuffle(pts)
    write("max-size-extremes", pts, 5)
    check_inline()


if __name__ == "__main__":
    main()
