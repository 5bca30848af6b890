#!/usr/bin/env python3
"""Writes the large Subarray Sum Equals K tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"nums": [...], "k": ...}; the expected counts are printed and
written inline in problem.yaml. The counts come from sorted prefix sums and binary search,
an algorithm independent of the reference's hash map; it is first checked against the
O(n^2) brute force on many small random inputs, and on the hand-written tests."""
import bisect
import json
import random

N = 20_000
LIMIT = 1000
K_LIMIT = 10**7


def brute(nums, k):
    count = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total == k:
                count += 1
    return count


def by_sorted_prefixes(nums, k):
    """Pairs of prefix positions i < j with P[j] - P[i] == k, counted with, for every
    value, the sorted list of positions where the prefix sum takes it."""
    positions = {}
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    for j, p in enumerate(prefix):
        positions.setdefault(p, []).append(j)
    count = 0
    for j, p in enumerate(prefix):
        before = positions.get(p - k, [])
        count += bisect.bisect_left(before, j)
    return count


HAND = [
    ([1, 1, 1], 2, 2), ([1, 2, 3], 3, 2), ([1], 1, 1), ([1], 0, 0), ([0], 0, 1),
    ([-1], -1, 1), ([5], 3, 0), ([0, 0, 0, 0], 0, 10), ([1, -1, 0], 0, 3),
    ([3, 4, 7, 2, -3, 1, 4, 2], 7, 4), ([-1, -1, 1], 0, 1), ([1, 2, 1, 2, 1], 3, 4),
    ([1000, -1000, 1000, -1000], 0, 4), ([2, 2, 2], 6, 1), ([-3, 1, 2, -3, 4], 0, 2),
    ([1, -1, 1, -1, 1], 1, 6), ([-1000, -1000, -1000], -2000, 2), ([1, 2, 3], 7, 0),
]


def write(name, nums, k):
    assert 1 <= len(nums) <= N and all(-LIMIT <= x <= LIMIT for x in nums)
    assert -K_LIMIT <= k <= K_LIMIT
    answer = by_sorted_prefixes(nums, k)
    assert answer < 2**31
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums, "k": k}, f, separators=(",", ":"))
        f.write("\n")
    print(name, answer)


def main():
    for nums, k, want in HAND:
        assert brute(nums, k) == want == by_sorted_prefixes(nums, k), (nums, k, want)
    check = random.Random(99)
    for _ in range(2000):
        n = check.randint(1, 30)
        nums = [check.randint(-5, 5) for _ in range(n)]
        k = check.randint(-8, 8)
        assert brute(nums, k) == by_sorted_prefixes(nums, k)

    rng = random.Random(560)
    write("max-size-random", [rng.randint(-LIMIT, LIMIT) for _ in range(N)], 1000)
    write("max-size-zeros", [0] * N, 0)
    write("max-size-max-values", [LIMIT] * N, K_LIMIT)
    write("max-size-min-values", [-LIMIT] * N, -K_LIMIT)
    write("max-size-alternating", [LIMIT if i % 2 == 0 else -LIMIT for i in range(N)], 0)
    small = [rng.randint(-3, 3) for _ in range(N)]
    write("max-size-small-values", small, 2)


if __name__ == "__main__":
    main()
