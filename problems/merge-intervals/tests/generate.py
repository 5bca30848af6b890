#!/usr/bin/env python3
"""Writes the larger Merge Intervals tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"intervals": [...]}) and tests/<name>.expected.json, the
merged intervals found by marking the covered numbers on a line of doubled coordinates
(interval [a, b] covers 2a..2b, so [1,2] and [3,4] leave 5 uncovered while [1,2] and [2,3]
join): an independent method, not a sort and sweep. The script also re-checks every inline
test of problem.yaml the same way (the checker ignores the order of the intervals)."""
import json
import random

import yaml

N = 10_000
LIMIT = 10_000


def merged(intervals):
    covered = [False] * (2 * LIMIT + 2)
    for a, b in intervals:
        for x in range(2 * a, 2 * b + 1):
            covered[x] = True
    out, x = [], 0
    while x < len(covered):
        if covered[x]:
            y = x
            while covered[y + 1]:
                y += 1
            out.append([x // 2, y // 2])
            x = y + 1
        else:
            x += 1
    return out


def write(name, intervals):
    assert 1 <= len(intervals) <= N
    assert all(0 <= a <= b <= LIMIT for a, b in intervals)
    answer = merged(intervals)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"intervals": intervals}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(answer, f, separators=(",", ":"))
        f.write("\n")
    print(name, "n =", len(intervals), "->", len(answer), "intervals")


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            intervals = test["input"]["intervals"]
            assert 1 <= len(intervals) <= N, test["name"]
            assert all(len(i) == 2 and 0 <= i[0] <= i[1] <= LIMIT for i in intervals), test["name"]
            assert sorted(test["expected"]) == merged(intervals), (test["name"], merged(intervals))
    print("inline tests ok")


def main():
    rng = random.Random(56)
    # Short random intervals: many merge, many stay apart.
    intervals = []
    for _ in range(N):
        a = rng.randint(0, LIMIT)
        intervals.append([a, min(LIMIT, a + rng.randint(0, 3))])
    write("max-size-random-short", intervals)
    # Single points, each number at most once, in descending order: nothing merges.
    write("max-size-points-descending", [[x, x] for x in sorted(rng.sample(range(LIMIT + 1), N), reverse=True)])
    # Every interval nested in [0, 10^4], shuffled: one interval remains.
    intervals = [[0, LIMIT]] + [sorted([rng.randint(0, LIMIT), rng.randint(0, LIMIT)]) for _ in range(N - 1)]
    rng.shuffle(intervals)
    write("max-size-nested", intervals)
    # [i, i + 1] for every i, shuffled: each touches the next; one interval remains.
    intervals = [[i, i + 1] for i in range(N)]
    rng.shuffle(intervals)
    write("max-size-touching-chain", intervals)
    # The even numbers as points, and short intervals that bridge some of the gaps.
    intervals = [[2 * i, 2 * i] for i in range(LIMIT // 2 + 1)]
    intervals += [[a, a + rng.randint(1, 2)] for a in rng.sample(range(0, LIMIT - 2), N - len(intervals))]
    rng.shuffle(intervals)
    write("max-size-gaps-and-bridges", intervals)
    check_inline()


if __name__ == "__main__":
    main()
