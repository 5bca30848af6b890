#!/usr/bin/env python3
"""Writes the large Container With Most Water tests (deterministic). Run from the problem
folder:  /usr/bin/python3 tests/generate.py
Each file is a JSON object {"height": [...]}; the expected areas are printed and written
inline in problem.yaml. They come from a sweep over the bars in decreasing height (the
farthest taller-or-equal bar seen so far is the best partner), independent of the
reference's two pointers; the sweep is first checked against the O(n^2) brute force on
many small random inputs and on the hand-written tests."""
import json
import random

N = 100_000
H = 10_000


def brute(height):
    n = len(height)
    return max(min(height[i], height[j]) * (j - i) for i in range(n) for j in range(i + 1, n))


def sweep(height):
    order = sorted(range(len(height)), key=lambda i: -height[i])
    lo = hi = order[0]
    best = 0
    for i in order[1:]:
        # Every bar placed so far is at least as tall as this one: this bar is the shorter side.
        best = max(best, height[i] * max(i - lo, hi - i))
        lo, hi = min(lo, i), max(hi, i)
    return best


HAND = [
    ([1, 8, 6, 2, 5, 4, 8, 3, 7], 49), ([1, 1], 1), ([0, 0], 0), ([1, 2], 1), ([2, 1], 1),
    ([4, 3, 2, 1, 4], 16), ([1, 2, 1], 2), ([2, 3, 4, 5, 18, 17, 6], 17),
    ([5, 5, 5, 5, 5, 5], 25), ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 25),
    ([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 25), ([0, 0, 7, 0, 7, 0, 0], 14),
    ([1, 3, 2, 5, 25, 24, 5], 24), ([1, 1000, 1000, 1], 1000), ([10000, 10000], 10000),
    ([2, 0, 0, 0, 0, 0, 0, 0, 0, 2], 18), ([6, 4, 3, 1, 4, 6, 99, 62, 1, 2, 6], 62),
]


def write(name, height):
    assert 2 <= len(height) <= N and all(0 <= x <= H for x in height)
    answer = sweep(height)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"height": height}, f, separators=(",", ":"))
        f.write("\n")
    print(name, answer)


def main():
    for height, want in HAND:
        assert brute(height) == want == sweep(height), (height, brute(height), want)
    check = random.Random(11)
    for _ in range(2000):
        n = check.randint(2, 25)
        height = [check.randint(0, check.choice([3, 20, 100])) for _ in range(n)]
        assert brute(height) == sweep(height), height

    rng = random.Random(1011)
    write("max-size-random", [rng.randint(0, H) for _ in range(N)])
    write("max-size-ascending", sorted(rng.randint(0, H) for _ in range(N)))
    write("max-size-descending", sorted((rng.randint(0, H) for _ in range(N)), reverse=True))
    write("max-size-all-max", [H] * N)
    # Low bars everywhere, two tall ones in the middle: the wide low container wins.
    height = [1] * N
    height[N // 2 - 1] = height[N // 2] = H
    write("max-size-wide-beats-tall", height)


if __name__ == "__main__":
    main()
