#!/usr/bin/env python3
"""Writes the large tests of Longest Substring Without Repeating Characters (deterministic).
Run from the problem folder:  /usr/bin/python3 tests/generate.py
Each file is a JSON object {"s": ...}; the expected answers are computed here by a brute
force (every start, extended until a repeat) and printed; problem.yaml holds them inline.
It also checks the hand-written tests' expected values against the same brute force."""
import json
import random
import string

N = 50_000
# LeetCode's alphabet: English letters, digits, symbols and spaces (printable ASCII).
PRINTABLE = "".join(chr(c) for c in range(32, 127))
assert len(PRINTABLE) == 95


def brute(s):
    best = 0
    for i in range(len(s)):
        seen = set()
        j = i
        while j < len(s) and s[j] not in seen:
            seen.add(s[j])
            j += 1
        best = max(best, j - i)
    return best


def write(name, s):
    assert 0 <= len(s) <= N and all(c in PRINTABLE for c in s)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s}, f, separators=(",", ":"))
        f.write("\n")
    print(name, brute(s))


HAND = {
    "abcabcbb": 3, "bbbbb": 1, "pwwkew": 3, "": 0, " ": 1, "a": 1, "au": 2, "dvdf": 3,
    "abba": 2, "tmmzuxt": 5, "aaaaaaaaaa": 1, "abcdefghij": 10, "aabcdef": 6,
    "abcABCabc": 6, "a b c a": 3, "!@#$%^&*()!": 10, "0123456789 0": 11,
    PRINTABLE: 95, "ab" * 20 + "cdefghijklmnop": 16,
}


def main():
    for s, want in HAND.items():
        assert brute(s) == want, (s, brute(s), want)

    rng = random.Random(3)
    # Random printable text: the answer is short and found anywhere.
    write("max-size-random", "".join(rng.choice(PRINTABLE) for _ in range(N)))
    # All 95 printable characters, shuffled, then repeated cyclically: every window of 95 is
    # unique, so the answer is the largest possible.
    perm = list(PRINTABLE)
    rng.shuffle(perm)
    write("max-size-cyclic", "".join(perm[i % 95] for i in range(N)))
    # One letter repeated: the answer is 1.
    write("max-size-same-letter", "z" * N)
    # Few letters, then the longest run at the very end (a window never closed by a repeat).
    body = "".join(rng.choice("ab") for _ in range(N - 30))
    write("max-size-best-at-end", body + string.ascii_lowercase[2:] + "ABCD" + "EF")


if __name__ == "__main__":
    main()
