#!/usr/bin/env python3
"""Writes the large Kth Largest Element tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"nums": [...], "k": k}) and tests/<name>.expected.json,
the answer found by sorting (an independent brute force). The script also re-checks every
inline test of problem.yaml the same way."""
import json
import random

import yaml

N = 100_000
LIMIT = 10_000


def brute(nums, k):
    return sorted(nums, reverse=True)[k - 1]


def write(name, nums, k):
    assert 1 <= k <= len(nums) <= N
    assert all(-LIMIT <= x <= LIMIT for x in nums)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums, "k": k}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        f.write(json.dumps(brute(nums, k)) + "\n")
    print(name, "n =", len(nums), "k =", k, "->", brute(nums, k))


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            nums, k = test["input"]["nums"], test["input"]["k"]
            assert 1 <= k <= len(nums) and all(-LIMIT <= x <= LIMIT for x in nums), test["name"]
            assert brute(nums, k) == test["expected"], (test["name"], brute(nums, k))
    print("inline tests ok")


def main():
    rng = random.Random(215)
    # k is small on the largest arrays, so that a correct O(n*k) solution passes the tests
    # and only the budget series (k = n/2) shows it is too slow.
    write("medium-k-equals-n", [rng.randint(-LIMIT, LIMIT) for _ in range(1000)], 1000)
    write("medium-k-half", [rng.randint(-LIMIT, LIMIT) for _ in range(2000)], 1000)
    write("max-size-random", [rng.randint(-LIMIT, LIMIT) for _ in range(N)], 1)
    write("max-size-few-values", [rng.randint(-3, 3) for _ in range(N)], 10)
    write("max-size-ascending", sorted(rng.randint(-LIMIT, LIMIT) for _ in range(N)), 5)
    check_inline()


if __name__ == "__main__":
    main()
