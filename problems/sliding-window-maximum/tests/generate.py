#!/usr/bin/env python3
"""Writes the large Sliding Window Maximum tests (deterministic). Run from the problem
folder:  /usr/bin/python3 tests/generate.py
Each test is two files: <name>.json, a JSON object {"nums": [...], "k": ...}, and
<name>.expected.json, the list of window maxima, computed by brute force (the max of every
window). The hand-written tests in problem.yaml are checked against the same brute force."""
import json
import random

N = 100_000
V = 10_000


def brute(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


HAND = [
    ([1, 3, -1, -3, 5, 3, 6, 7], 3, [3, 3, 5, 5, 6, 7]),
    ([1], 1, [1]),
    ([1, -1], 1, [1, -1]),
    ([7, 2, 4], 2, [7, 4]),
    ([4, -2], 2, [4]),
    ([9, 8, 7, 6, 5, 4], 3, [9, 8, 7, 6]),
    ([1, 2, 3, 4, 5, 6], 3, [3, 4, 5, 6]),
    ([5, 5, 1, 1], 2, [5, 5, 1]),
    ([2, 2, 2, 2, 2], 3, [2, 2, 2]),
    ([-7, -8, 7, 5, 7, 1, 6, 0], 4, [7, 7, 7, 7, 7]),
    ([1, 3, 1, 2, 0, 5], 3, [3, 3, 2, 5]),
    ([-10000, -10000, -9999], 2, [-10000, -9999]),
    ([10000, -10000, 10000, -10000], 3, [10000, 10000]),
    ([3, 1, 2, 0, -1, 4], 6, [4]),
    ([0, 0, 0], 1, [0, 0, 0]),
    ([-1, -3, -5, -2, -4], 2, [-1, -3, -2, -2]),
]


def write(name, nums, k):
    assert 1 <= len(nums) <= N and all(-V <= x <= V for x in nums) and 1 <= k <= len(nums)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums, "k": k}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(brute(nums, k), f, separators=(",", ":"))
        f.write("\n")
    print(name, "k =", k)


def main():
    for nums, k, want in HAND:
        assert brute(nums, k) == want, (nums, k, brute(nums, k), want)

    rng = random.Random(239)
    # The window sizes are at the extremes (or small), as in the constraints' corners.
    write("max-size-k-one", [rng.randint(-V, V) for _ in range(N)], 1)
    write("max-size-k-equals-n", [rng.randint(-V, V) for _ in range(N)], N)
    write("max-size-k-near-n", [rng.randint(-V, V) for _ in range(N)], N - 100)
    write("max-size-descending", sorted((rng.randint(-V, V) for _ in range(N)), reverse=True), 100)
    # Few distinct values: equal maxima enter and leave the window all the time.
    write("max-size-duplicates", [rng.choice([-V, 0, 1, V]) for _ in range(N)], 50)


if __name__ == "__main__":
    main()
