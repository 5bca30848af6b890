#!/usr/bin/env python3
"""Writes the large Partition Equal Subset Sum tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"nums": [...]}. The answers come from the set of reachable
subset sums (independent of the references' bitset and table), and for short lists also
from trying every subset; they are printed and written inline in problem.yaml. Every
hidden test is checked here with the number of calls the plain include/exclude recursion
(solutions/too-slow-*) makes: it must pass every hidden test, so that only the budget
series tells it apart."""
import json
import random

MAX_N = 200
MAX_VALUE = 100


def by_sums(nums):
    total = sum(nums)
    if total % 2:
        return False
    reachable = {0}
    for x in nums:
        reachable |= {s + x for s in reachable if s + x <= total // 2}
    return total // 2 in reachable


def by_subsets(nums):
    total = sum(nums)
    for mask in range(1 << len(nums)):
        if 2 * sum(x for i, x in enumerate(nums) if mask >> i & 1) == total:
            return True
    return False


def recursion_calls(nums):
    """Calls of: odd total -> False; can(i, rem): rem == 0 -> True; i == n or rem < 0 ->
    False; can(i + 1, rem - nums[i]) or can(i + 1, rem)."""
    total = sum(nums)
    if total % 2:
        return 0
    calls = 0

    def can(i, rem):
        nonlocal calls
        calls += 1
        if rem == 0:
            return True
        if i == len(nums) or rem < 0:
            return False
        return can(i + 1, rem - nums[i]) or can(i + 1, rem)

    can(0, total // 2)
    return calls


def answer(nums):
    assert 1 <= len(nums) <= MAX_N and all(1 <= x <= MAX_VALUE for x in nums)
    got = by_sums(nums)
    if len(nums) <= 18:
        assert got == by_subsets(nums), nums
    calls = recursion_calls(nums)
    assert calls <= 200_000, (nums[:10], calls)
    return got, calls


INLINE = [
    ([1, 5, 11, 5], True), ([1, 2, 3, 5], False), ([1], False), ([2, 2], True), ([1, 2], False),
    ([100, 100], True), ([1, 2, 5], False), ([3, 3, 2, 2, 2], True), ([2, 2, 3, 5], False),
    ([1, 1, 1, 1], True), ([100], False), ([1, 2, 3, 4, 5, 6, 7], True),
    ([14, 9, 8, 4, 3, 2], True), ([4, 4, 4, 4, 4, 4, 4, 4, 8, 8, 8, 8, 8, 8, 8, 8, 12, 12, 12, 12], True),
    ([2, 4, 6, 8, 10, 12, 14, 16, 18, 98], False), ([23, 13, 11, 7, 6, 5, 5], True),
    ([30, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], False),
]


def write(name, nums):
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"nums": nums}, f, separators=(",", ":"))
        f.write("\n")
    got, calls = answer(nums)
    print(name, str(got).lower(), f"(plain recursion: {calls} calls)")


def main():
    for nums, expected in INLINE:
        got, calls = answer(nums)
        assert got == expected, (nums, got, expected)
        print("inline", nums, got, f"({calls} calls)")
    rng = random.Random(416)
    write("max-size-ones", [1] * MAX_N)
    write("max-size-all-max", [MAX_VALUE] * MAX_N)
    # Odd total: 199 hundreds and a 1.
    write("max-size-odd-total", [MAX_VALUE] * (MAX_N - 1) + [1])
    # 100 random values, then the same values shuffled: the halves balance.
    half = [rng.randint(1, MAX_VALUE) for _ in range(MAX_N // 2)]
    other = half[:]
    rng.shuffle(other)
    write("max-size-mirrored", half + other)
    # Random values whose total is odd after one change at the end.
    nums = [rng.randint(1, MAX_VALUE) for _ in range(MAX_N)]
    if sum(nums) % 2 == 0:
        nums[-1] = nums[-1] + 1 if nums[-1] < MAX_VALUE else nums[-1] - 1
    write("max-size-random-odd", nums)


if __name__ == "__main__":
    main()
