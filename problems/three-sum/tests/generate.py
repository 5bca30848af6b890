#!/usr/bin/env python3
"""Writes the larger 3Sum tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"nums": [...]}) and tests/<name>.expected.json, the
triplets (each sorted, the list sorted; the checker ignores both orders) found by counting
values: an independent method, not the two-pointer search. The script also re-checks every
inline test of problem.yaml against a brute force over all triples of positions."""
import itertools
import json
import random
from collections import Counter

import yaml

N = 3000
LIMIT = 100_000


def by_counting(nums):
    """Every pair of values a <= b with c = -a - b >= b present often enough."""
    count = Counter(nums)
    values = sorted(count)
    out = []
    for x, a in enumerate(values):
        for b in values[x:]:
            c = -a - b
            if c < b:
                break
            need = Counter([a, b, c])
            if all(count[v] >= m for v, m in need.items()):
                out.append([a, b, c])
    return sorted(out)


def every_triple(nums):
    return sorted(set(tuple(sorted(t)) for t in itertools.combinations(nums, 3) if sum(t) == 0))


def write(name, nums):
    assert 3 <= len(nums) <= N and all(-LIMIT <= x <= LIMIT for x in nums)
    triplets = by_counting(nums)
    if len(nums) <= 200:
        assert [list(t) for t in every_triple(nums)] == triplets, name
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(triplets, f, separators=(",", ":"))
        f.write("\n")
    print(name, "n =", len(nums), "distinct", len(set(nums)), "->", len(triplets), "triplets")


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            nums = test["input"]["nums"]
            assert 3 <= len(nums) <= N and all(-LIMIT <= x <= LIMIT for x in nums), test["name"]
            want = sorted(sorted(t) for t in test["expected"])
            assert want == [list(t) for t in every_triple(nums)], (test["name"], every_triple(nums))
            assert want == by_counting(nums), test["name"]
    print("inline tests ok")


def main():
    rng = random.Random(15)
    # Many distinct values only at small sizes, so that the O(n^3) brute force passes the
    # tests and only the budget series shows it is too slow.
    write("medium-distinct", rng.sample(range(-400, 401), 200))
    write("medium-small-range", [rng.randint(-10, 10) for _ in range(150)])
    write("medium-extremes", rng.sample(range(-LIMIT, LIMIT + 1), 100)
          + [LIMIT, -LIMIT, 0, LIMIT // 2, LIMIT // 2, -LIMIT // 2, -LIMIT // 2])
    write("max-size-few-values", [rng.randint(-5, 5) for _ in range(N)])
    write("max-size-all-zeros", [0] * N)
    nums = [rng.choice([-LIMIT, -LIMIT // 2, 0, LIMIT // 2, LIMIT]) for _ in range(N)]
    write("max-size-extreme-values", nums)
    check_inline()


if __name__ == "__main__":
    main()
