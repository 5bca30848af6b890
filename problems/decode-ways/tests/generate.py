#!/usr/bin/env python3
"""Writes the large Decode Ways tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"s": ...}. The answers come from counting the parses with a
memoized search over positions (independent of the references' two-variable DP), and for
short strings also from trying every way to cut s into pieces of 1 or 2 digits; they are
printed and written inline in problem.yaml. Every answer must fit in a 32-bit int, as
LeetCode promises."""
import functools
import itertools
import json
import random

MAX_LEN = 100
CODES = {str(k) for k in range(1, 27)}


def by_memo(s):
    @functools.lru_cache(maxsize=None)
    def ways(i):
        if i == len(s):
            return 1
        return sum(ways(i + k) for k in (1, 2) if i + k <= len(s) and s[i:i + k] in CODES)
    return ways(0)


def by_cuts(s):
    total = 0
    for cuts in itertools.product([False, True], repeat=len(s) - 1):
        pieces, start = [], 0
        for i, cut in enumerate(cuts, 1):
            if cut:
                pieces.append(s[start:i])
                start = i
        pieces.append(s[start:])
        total += all(p in CODES for p in pieces)
    return total


def answer(s):
    assert 1 <= len(s) <= MAX_LEN and s.isdigit()
    got = by_memo(s)
    if len(s) <= 18:
        assert got == by_cuts(s), s
    assert got < 2**31, (s, got)
    return got


INLINE = [
    ("12", 2), ("226", 3), ("06", 0), ("0", 0), ("1", 1), ("10", 1), ("100", 0), ("101", 1),
    ("27", 1), ("26", 2), ("110", 1), ("1201234", 3), ("2101", 1), ("11106", 2), ("230", 0),
    ("301", 0), ("1010", 1), ("2611055971756562", 4), ("123123", 9), ("1" * 45, 1836311903),
    ("2020", 1), ("1123", 5),
]


def write(name, s):
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s}, f, separators=(",", ":"))
        f.write("\n")
    print(name, answer(s))


def main():
    for s, expected in INLINE:
        assert answer(s) == expected, (s, answer(s), expected)
    rng = random.Random(91)
    # Random digits 1..9 with a few tens: kept only if the count fits in 32 bits.
    while True:
        s = "".join(rng.choice("1234567899" * 3 + "0") for _ in range(MAX_LEN))
        if s[0] != "0" and "00" not in s and 10**6 < by_memo(s) < 2**31:
            break
    write("max-size-random", s)
    # 44 ones and a 9 (which pairs with the last one) count as 45 ones: Fibonacci(46), near
    # the 32-bit limit. Nines after that add nothing.
    write("max-size-max-count", "1" * 44 + "9" * 56)
    # Tens only: each zero pairs with the 1 before it.
    write("max-size-tens", "10" * 50)
    # A zero that cannot pair, at the very end.
    write("max-size-dead-end", "9" * 98 + "30")
    # No pair is a code: one way.
    write("max-size-no-pairs", "".join(rng.choice("3456789") for _ in range(MAX_LEN)))


if __name__ == "__main__":
    main()
