#!/usr/bin/env python3
"""Writes the large Minimum Window Substring tests (deterministic). Run from the problem
folder:  /usr/bin/python3 tests/generate.py
Each test is <name>.json, a JSON object {"s": ..., "t": ...}; the expected window is
printed (short ones go inline in problem.yaml) and, when long, written to
<name>.expected.json. The answers come from a binary search on the window's length with a
fixed-length sliding count (independent of the reference's two pointers), which is first
checked against the O(m^2) brute force on many small random inputs and on the hand-written
tests. Every test has a unique answer, as LeetCode promises; that is checked too."""
import json
import random
import string
from collections import Counter

M = 100_000
LETTERS = string.ascii_letters


def brute(s, t):
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if not need - Counter(s[i:j]):
                if not best or j - i < len(best):
                    best = s[i:j]
                break
    return best


def covering_starts(s, t, length):
    """Starts of the windows of this length that hold every letter of t (with counts)."""
    need = Counter(t)
    have = Counter()
    missing = len(t)
    starts = []
    for j, c in enumerate(s):
        if have[c] < need[c]:
            missing -= 1
        have[c] += 1
        if j >= length:
            d = s[j - length]
            have[d] -= 1
            if have[d] < need[d]:
                missing += 1
        if j >= length - 1 and missing == 0:
            starts.append(j - length + 1)
    return starts


def solve(s, t):
    """(answer, how many windows of the minimal length cover t)."""
    if len(t) > len(s) or Counter(t) - Counter(s):
        return "", 0
    lo, hi = len(t), len(s)  # hi covers
    while lo < hi:
        mid = (lo + hi) // 2
        if covering_starts(s, t, mid):
            hi = mid
        else:
            lo = mid + 1
    starts = covering_starts(s, t, lo)
    return s[starts[0]:starts[0] + lo], len(starts)


HAND = [
    ("ADOBECODEBANC", "ABC", "BANC"), ("a", "a", "a"), ("a", "aa", ""), ("a", "b", ""),
    ("ab", "b", "b"), ("ab", "a", "a"), ("bba", "ab", "ba"), ("abc", "cba", "abc"),
    ("aa", "aa", "aa"), ("cabwefgewcwaefgcf", "cae", "cwae"), ("aA", "A", "A"),
    ("Aa", "aa", ""), ("aaflslflsldkalskaaa", "aaa", "aaa"), ("abcabdebac", "cda", "cabd"),
    ("xyzAbCxyz", "CbA", "AbC"), ("zzzzzzzzzzzzab", "ba", "ab"), ("abzzzzzzzzzzzz", "ab", "ab"),
    ("bdab", "ab", "ab"), ("acbbaca", "aba", "baca"),
]


def write(name, s, t, expect_inline):
    assert 1 <= len(s) <= M and 1 <= len(t) <= M and set(s + t) <= set(LETTERS)
    answer, ways = solve(s, t)
    assert ways <= 1, (name, ways)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s, "t": t}, f, separators=(",", ":"))
        f.write("\n")
    if expect_inline:
        assert len(answer) < 100
        print(name, json.dumps(answer))
    else:
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(answer, f, separators=(",", ":"))
            f.write("\n")
        print(name, "answer of length", len(answer), "in", f"tests/{name}.expected.json")


def main():
    for s, t, want in HAND:
        answer, ways = solve(s, t)
        assert brute(s, t) == want == answer and ways <= 1, (s, t, brute(s, t), want, ways)
    check = random.Random(76)
    for _ in range(1500):
        alphabet = check.choice(["ab", "abc", "aAbB"])
        s = "".join(check.choice(alphabet) for _ in range(check.randint(1, 20)))
        t = "".join(check.choice(alphabet) for _ in range(check.randint(1, 5)))
        assert brute(s, t) == solve(s, t)[0], (s, t)

    rng = random.Random(760)
    # A period with no short covering window ("aabbccdd": 4 letters at least), and one
    # "abc" set off by d's: the only window of 3.
    filler = "aabbccdd" * (M // 8)
    middle = M // 2 + 3
    s = filler[:middle] + "dabcd" + filler[middle + 5:]
    write("max-size-one-short-window", s[:M], "abc", True)
    # t is s shuffled: the whole of s is the only answer.
    s = "".join(rng.choice(LETTERS) for _ in range(M))
    t = list(s)
    rng.shuffle(t)
    write("max-size-whole-string", s, "".join(t), False)
    # One letter of t that s lacks entirely.
    write("max-size-missing-letter", "".join(rng.choice("ab") for _ in range(M)), "abC", True)
    # t is s with one 'a' turned into a 'z': every letter of t occurs in s, but s has one
    # 'z' too few, so there is no window.
    s = "".join(rng.choice(string.ascii_lowercase) for _ in range(M))
    first_a = s.index("a")
    write("max-size-one-short", s, s[:first_a] + "z" + s[first_a + 1:], True)


if __name__ == "__main__":
    main()
