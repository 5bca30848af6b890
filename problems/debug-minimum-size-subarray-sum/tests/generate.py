#!/usr/bin/env python3
"""Writes the largest Minimum Size Subarray Sum tests (deterministic). Run from the problem
folder: /usr/bin/python3 tests/generate.py. Each input file is {"target": t, "nums": [...]};
the expected answers are printed and written inline in problem.yaml. They come from a
brute force (every start, extended until the sum reaches the target), which is checked
against a prefix-sum + binary-search count."""
import bisect
import json
import random

N = 100_000
MAX_VALUE = 10_000


def brute_force(target, nums):
    best = 0
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total >= target:
                if best == 0 or j - i + 1 < best:
                    best = j - i + 1
                break
    return best


def by_prefix_sums(target, nums):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    best = 0
    for i in range(len(nums)):
        # The first end j with prefix[j] - prefix[i] >= target.
        j = bisect.bisect_left(prefix, prefix[i] + target)
        if j <= len(nums) and (best == 0 or j - i < best):
            best = j - i
    return best


def write(name, target, nums):
    assert 1 <= len(nums) <= N and 1 <= target <= 10**9
    assert all(1 <= x <= MAX_VALUE for x in nums)
    answer = brute_force(target, nums)
    assert answer == by_prefix_sums(target, nums), name
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"target": target, "nums": nums}, f, separators=(",", ":"))
        f.write("\n")
    print(name, answer)


def main():
    rng = random.Random(209)
    # One element of 10^4 among values below it; the target is 10^4, so the answer is 1.
    nums = [rng.randint(1, MAX_VALUE - 1) for _ in range(N)]
    nums[rng.randrange(N // 4, 3 * N // 4)] = MAX_VALUE
    write("max-size-one-element-window", MAX_VALUE, nums)

    # Random values; windows of a few elements.
    write("max-size-random", 30_000, [rng.randint(1, MAX_VALUE) for _ in range(N)])

    # All ones: the answer is the target itself.
    write("max-size-all-ones", 7, [1] * N)


if __name__ == "__main__":
    main()
