#!/usr/bin/env python3
"""Writes the large Two Sum tests (deterministic). Run from the problem folder:
    python3 tests/generate.py
Each file is a JSON object with the keys of `input` in problem.yaml; the expected
answers are printed and written inline in problem.yaml."""
import json
import random

N = 10_000
LIMIT = 10**9


def unique_answer(nums, target):
    """All index pairs i < j with nums[i] + nums[j] == target (hash map, O(n))."""
    where = {}
    for i, x in enumerate(nums):
        where.setdefault(x, []).append(i)
    pairs = set()
    for i, x in enumerate(nums):
        for j in where.get(target - x, []):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def write(name, nums, target):
    assert 2 <= len(nums) <= N
    assert all(-LIMIT <= x <= LIMIT for x in nums) and -LIMIT <= target <= LIMIT
    pairs = unique_answer(nums, target)
    assert len(pairs) == 1, (name, pairs[:5])
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums, "target": target}, f, separators=(",", ":"))
        f.write("\n")
    print(name, list(pairs[0]))


def main():
    rng = random.Random(1)
    # Distinct random values; the only pair is the last two elements.
    while True:
        nums = rng.sample(range(-LIMIT, LIMIT + 1), N)
        target = nums[-2] + nums[-1]
        if -LIMIT <= target <= LIMIT and len(unique_answer(nums, target)) == 1:
            break
    write("max-size-pair-at-end", nums, target)

    # 9998 copies of 10^9 between the two answer elements, at the two ends.
    nums = [-7] + [LIMIT] * (N - 2) + [7]
    write("max-size-duplicates", nums, 0)


if __name__ == "__main__":
    main()
