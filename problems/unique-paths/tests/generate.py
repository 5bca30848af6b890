#!/usr/bin/env python3
"""Writes the max-size Unique Paths tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"m": ..., "n": ...}. The answers are binomial coefficients
C(m + n - 2, m - 1) (math.comb), cross-checked by walking every path on small grids; they
are printed and written inline in problem.yaml. Every answer is at most 2 * 10^9, as
LeetCode promises (so a 100 x 100 grid is no valid test: its count has 58 digits)."""
import json
import math

MAX_SIDE = 100
MAX_ANSWER = 2 * 10**9


def by_walking(m, n):
    """Counts the paths one by one (only for small grids)."""
    count = 0
    stack = [(0, 0)]
    while stack:
        r, c = stack.pop()
        if (r, c) == (m - 1, n - 1):
            count += 1
            continue
        if r + 1 < m:
            stack.append((r + 1, c))
        if c + 1 < n:
            stack.append((r, c + 1))
    return count


def answer(m, n):
    assert 1 <= m <= MAX_SIDE and 1 <= n <= MAX_SIDE
    got = math.comb(m + n - 2, m - 1)
    assert got <= MAX_ANSWER, (m, n, got)
    if got <= 200_000:
        assert got == by_walking(m, n), (m, n)
    return got


INLINE = [
    (3, 7, 28), (3, 2, 3), (1, 1, 1), (1, 5, 1), (5, 1, 1), (2, 2, 2), (7, 3, 28),
    (10, 10, 48620), (23, 12, 193536720), (51, 9, 1916797311), (17, 18, 1166803110),
    (18, 17, 1166803110), (16, 16, 155117520), (2, 50, 50), (3, 3, 6), (59, 5, 557845),
]


def write(name, m, n):
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"m": m, "n": n}, f)
        f.write("\n")
    print(name, answer(m, n))


def main():
    for m, n, expected in INLINE:
        assert answer(m, n) == expected, (m, n, answer(m, n), expected)
    write("max-size-tall", MAX_SIDE, 1)
    write("max-size-wide", 1, MAX_SIDE)
    write("max-size-three-columns", MAX_SIDE, 3)
    # The longest side at 100 and the largest count within the limit: C(105, 6).
    write("max-size-seven-columns", MAX_SIDE, 7)
    write("max-size-seven-rows", 7, MAX_SIDE)


if __name__ == "__main__":
    main()
