#!/usr/bin/env python3
"""Writes the large House Robber tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"nums": [...]}. The answers come from an independent brute
force over "which houses are robbed": for n up to 20 every non-adjacent subset is tried;
for the 100-house files a DP over (house, robbed-or-not) is cross-checked with the
O(n^2) "best earlier non-neighbour" recurrence. They are printed and written inline in
problem.yaml."""
import itertools
import json
import random

N = 100
LIMIT = 400


def by_subsets(nums):
    best = 0
    for mask in range(1 << len(nums)):
        if mask & (mask >> 1):
            continue
        best = max(best, sum(x for i, x in enumerate(nums) if mask >> i & 1))
    return best


def by_states(nums):
    skip, took = 0, float("-inf")
    for x in nums:
        skip, took = max(skip, took), skip + x
    return max(skip, took)


def by_earlier(nums):
    dp = []
    for i, x in enumerate(nums):
        dp.append(x + max(dp[: max(0, i - 1)], default=0))
    return max(dp)


def answer(nums):
    a = by_states(nums)
    assert a == by_earlier(nums), nums
    if len(nums) <= 20:
        assert a == by_subsets(nums), nums
    return a


def write(name, nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= LIMIT for x in nums)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums}, f, separators=(",", ":"))
        f.write("\n")
    print(name, answer(nums))


INLINE = [
    ([1, 2, 3, 1], 4), ([2, 7, 9, 3, 1], 12), ([2, 1, 1, 2], 4), ([5], 5), ([0], 0),
    ([3, 9], 9), ([9, 3], 9), ([0, 0, 0, 0], 0), ([1, 3, 1, 3, 100], 103),
    ([400, 400, 400, 400, 400], 1200), ([4, 1, 2, 7, 5, 3, 1], 14), ([2, 1, 4, 9], 11),
    ([10, 1, 1, 10, 1, 1, 10], 30), ([1, 2], 2), ([6, 7, 1, 30, 8, 2, 4], 41),
    ([100, 1, 1, 100], 200),
]


def main():
    for nums, expected in INLINE:
        assert answer(nums) == expected, (nums, answer(nums), expected)
    rng = random.Random(198)
    write("max-size-random", [rng.randint(0, LIMIT) for _ in range(N)])
    write("max-size-all-max", [LIMIT] * N)
    # Large values two apart, then three apart: alternating houses is not the answer.
    write("max-size-gaps", [LIMIT if i % 5 in (0, 2) else rng.randint(0, 20) for i in range(N)])
    write("max-size-zeros", [0] * N)


if __name__ == "__main__":
    main()
