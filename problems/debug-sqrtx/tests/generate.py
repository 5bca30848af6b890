#!/usr/bin/env python3
"""Writes the largest Sqrt(x) tests (deterministic). Run from the problem folder:
/usr/bin/python3 tests/generate.py. Each file is {"x": ...}; the expected roots are
printed and written inline in problem.yaml. They come from math.isqrt, checked against
an integer Newton iteration and the defining inequality r*r <= x < (r+1)*(r+1)."""
import json
import math
import random

INT_MAX = 2**31 - 1


def newton_root(x):
    if x < 2:
        return x
    r = x
    while r * r > x:
        r = (r + x // r) // 2
    return r


def write(name, x):
    assert 0 <= x <= INT_MAX
    r = math.isqrt(x)
    assert r == newton_root(x) and r * r <= x < (r + 1) * (r + 1)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"x": x}, f)
        f.write("\n")
    print(name, x, r)


def main():
    rng = random.Random(69)
    # The largest input.
    write("max-size-int-max", INT_MAX)
    # The largest perfect square below 2^31 (46340^2), where the root's square is as
    # close to the top of the int range as it gets.
    write("max-size-largest-square", 46340 * 46340)
    # Random values between 46340^2 and 2^31 - 1: the root is 46340, and 46341^2 is
    # past the int range.
    for i in range(3):
        write(f"max-size-random-top-{i + 1}", rng.randint(46340 * 46340 + 1, INT_MAX - 1))
    # Random values in the upper half of the int range.
    for i in range(3):
        write(f"large-random-{i + 1}", rng.randint(2**30, 46340 * 46340 - 1))


if __name__ == "__main__":
    main()
