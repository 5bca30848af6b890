#!/usr/bin/env python3
"""Writes the large Longest Increasing Subsequence tests (deterministic). Run from the
problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"nums": [...]}; the expected answers, computed here by the
plain O(n^2) DP (independent of the O(n log n) reference), are printed and written inline
in problem.yaml."""
import json
import random

N = 2500
LIMIT = 10**4


def lis_quadratic(nums):
    """dp[i]: the longest strictly increasing subsequence ending at i."""
    dp = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and dp[j] + 1 > dp[i]:
                dp[i] = dp[j] + 1
    return max(dp)


def write(name, nums):
    assert 1 <= len(nums) <= N
    assert all(-LIMIT <= x <= LIMIT for x in nums)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums}, f, separators=(",", ":"))
        f.write("\n")
    print(name, lis_quadratic(nums))


def main():
    rng = random.Random(300)
    write("max-size-random", [rng.randint(-LIMIT, LIMIT) for _ in range(N)])
    # Strictly ascending: the whole array is the answer.
    write("max-size-ascending", sorted(rng.sample(range(-LIMIT, LIMIT + 1), N)))
    # Strictly descending: every element alone.
    write("max-size-descending", sorted(rng.sample(range(-LIMIT, LIMIT + 1), N), reverse=True))
    # Every value twice in a row, ascending: a non-strict count doubles the answer.
    values = sorted(rng.sample(range(-LIMIT, LIMIT + 1), N // 2))
    write("max-size-pairs-ascending", [v for v in values for _ in range(2)])
    # The same value everywhere.
    write("max-size-all-equal", [-LIMIT] * N)
    # A saw: 50 ascending runs of 50, each run starting lower than the last one ended,
    # so a longest run is 50 but the answer threads through the runs.
    saw = []
    for run in range(50):
        base = -LIMIT + run * 60
        saw.extend(base + 3 * k for k in range(50))
    write("max-size-saw", saw)
    # Mostly descending noise with an increasing chain hidden at the even positions.
    hidden = []
    for i in range(N):
        hidden.append(-LIMIT + 5 * i if i % 2 == 0 else LIMIT - 5 * i)
    write("max-size-interleaved", hidden)


if __name__ == "__main__":
    main()
