#!/usr/bin/env python3
"""Writes the large Longest Repeating Character Replacement tests (deterministic). Run from
the problem folder:  /usr/bin/python3 tests/generate.py
Each file is a JSON object {"s": ..., "k": ...}; the expected answers are printed and
written inline in problem.yaml. They come from one two-pointer pass per target letter
(the longest window with at most k letters other than it), not the reference's single
window; that method is first checked against the O(n^2) brute force on many small random
inputs and on the hand-written tests."""
import json
import random
import string

N = 100_000
UPPER = string.ascii_uppercase


def brute(s, k):
    best = 0
    for i in range(len(s)):
        count = [0] * 26
        for j in range(i, len(s)):
            count[ord(s[j]) - 65] += 1
            if j - i + 1 - max(count) <= k:
                best = max(best, j - i + 1)
    return best


def per_letter(s, k):
    best = 0
    for target in set(s):
        left = others = 0
        for right, c in enumerate(s):
            others += c != target
            while others > k:
                others -= s[left] != target
                left += 1
            best = max(best, right - left + 1)
    return best


HAND = [
    ("ABAB", 2, 4), ("AABABBA", 1, 4), ("A", 0, 1), ("A", 1, 1), ("AB", 0, 1), ("AB", 5, 2),
    ("AAAA", 0, 4), ("ABCDE", 0, 1), ("ABCDE", 2, 3), ("ABCDE", 5, 5), ("ABBB", 0, 3),
    ("BAAAB", 2, 5), ("ABCADAEAFAGGGG", 1, 5), ("AAABBBBBCCC", 0, 5), ("ABAA", 0, 2),
    ("KRSCDCSONAJNHLBMDQGIFCPEKPOHQIHLTDIQGEKLRLCQNBOHNDQGHJPNDQPERNFSSSRDEQLFPCCCARFMDLHADJADAGNNSBNCJQOF", 4, 7),
]


def write(name, s, k):
    assert 1 <= len(s) <= N and set(s) <= set(UPPER) and 0 <= k <= len(s)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s, "k": k}, f, separators=(",", ":"))
        f.write("\n")
    print(name, "k =", k, per_letter(s, k))


def main():
    for s, k, want in HAND:
        assert brute(s, k) == want == per_letter(s, k), (s, k, brute(s, k), want)
    check = random.Random(424)
    for _ in range(1500):
        n = check.randint(1, 25)
        s = "".join(check.choice(UPPER[:check.randint(1, 5)]) for _ in range(n))
        k = check.randint(0, n)
        assert brute(s, k) == per_letter(s, k), (s, k)

    rng = random.Random(4240)
    # Large inputs whose answers stay small compared with n (few replacements).
    write("max-size-random-k0", "".join(rng.choice(UPPER) for _ in range(N)), 0)
    write("max-size-random-k5", "".join(rng.choice(UPPER) for _ in range(N)), 5)
    write("max-size-two-letters", "".join(rng.choice("AB") for _ in range(N)), 2)
    write("max-size-cyclic", "".join(UPPER[i % 26] for i in range(N)), 1)
    # One letter over and over, every other letter different: k decides everything.
    write("max-size-alternating", "".join("Z" if i % 2 else UPPER[(i // 2) % 25] for i in range(N)), 3)


if __name__ == "__main__":
    main()
