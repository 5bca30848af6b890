#!/usr/bin/env python3
"""Writes the largest Merge Sorted Array tests (deterministic). Run from the problem
folder: /usr/bin/python3 tests/generate.py. Each input file is {"nums1", "m", "nums2", "n"}
(nums1 padded with n zeros, as the problem gives it); each expected file is nums1 after
the merge: sorted(nums1[:m] + nums2), checked against heapq.merge of the two runs."""
import heapq
import json
import random

TOTAL = 200
LIMIT = 10**9


def write(name, first, second):
    m, n = len(first), len(second)
    assert 1 <= m + n <= TOTAL
    assert first == sorted(first) and second == sorted(second)
    assert all(-LIMIT <= v <= LIMIT for v in first + second)
    merged = sorted(first + second)
    assert merged == list(heapq.merge(first, second))
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums1": first + [0] * n, "m": m, "nums2": second, "n": n}, f,
                  separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(merged, f, separators=(",", ":"))
        f.write("\n")
    print(name, "m =", m, "n =", n)


def sorted_values(rng, count, low, high):
    return sorted(rng.randint(low, high) for _ in range(count))


def main():
    rng = random.Random(88)
    # Two random runs of 100 over the whole value range: they interleave everywhere.
    write("max-size-interleaved",
          sorted_values(rng, 100, -LIMIT, LIMIT), sorted_values(rng, 100, -LIMIT, LIMIT))
    # nums1 holds nothing: the answer is nums2 itself.
    write("max-size-m-zero", [], sorted_values(rng, 200, -LIMIT, LIMIT))
    # nums2 holds nothing: nums1 stays as it is.
    write("max-size-n-zero", sorted_values(rng, 200, -LIMIT, LIMIT), [])
    # Every element of nums2 is below every element of nums1: nums2 ends up in front.
    write("max-size-second-all-smaller",
          sorted_values(rng, 100, 1, LIMIT), sorted_values(rng, 100, -LIMIT, 0))
    # One element of nums1, smaller than everything in nums2.
    write("max-size-one-first", [-LIMIT], sorted_values(rng, 199, -LIMIT + 1, LIMIT))
    # Few distinct values: long runs of duplicates across both arrays.
    write("max-size-duplicates",
          sorted_values(rng, 120, -2, 2), sorted_values(rng, 80, -2, 2))


if __name__ == "__main__":
    main()
