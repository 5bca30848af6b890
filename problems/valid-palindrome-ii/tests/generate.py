#!/usr/bin/env python3
"""Writes the large Valid Palindrome II tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"s": ...}; the expected answers are printed and written inline
in problem.yaml. They come from polynomial hashes: s without index i is a palindrome
exactly when the hash of that string equals the hash of its reverse, which the prefix
hashes give in O(1) for every i. That is independent of the reference's two pointers and
is first checked against the brute force (delete each index, compare with the reverse)
on many small inputs and on the hand-written tests."""
import json
import random
import string

N = 100_000
MOD = (1 << 61) - 1
BASE = 911_382_323


def brute(s):
    if s == s[::-1]:
        return True
    return any((t := s[:i] + s[i + 1:]) == t[::-1] for i in range(len(s)))


def by_hashes(s):
    n = len(s)
    if n <= 2:
        return True
    power = [1] * (n + 1)
    for i in range(n):
        power[i + 1] = power[i] * BASE % MOD
    fwd = [0] * (n + 1)  # fwd[i]: hash of s[:i], first character most significant
    for i, c in enumerate(s):
        fwd[i + 1] = (fwd[i] * BASE + ord(c)) % MOD
    r = s[::-1]
    bwd = [0] * (n + 1)  # bwd[i]: hash of r[:i]
    for i, c in enumerate(r):
        bwd[i + 1] = (bwd[i] * BASE + ord(c)) % MOD

    def part(h, a, b):  # hash of the slice [a, b) of the string behind h
        return (h[b] - h[a] * power[b - a]) % MOD

    if fwd[n] == bwd[n]:
        return True
    for i in range(n):
        # s without i is s[:i] + s[i+1:]; its reverse is r[:n-1-i] + r[n-i:].
        left = (part(fwd, 0, i) * power[n - 1 - i] + part(fwd, i + 1, n)) % MOD
        right = (part(bwd, 0, n - 1 - i) * power[i] + part(bwd, n - i, n)) % MOD
        if left == right:
            return True
    return False


HAND = [
    ("aba", True), ("abca", True), ("abc", False), ("a", True), ("ab", True), ("aa", True),
    ("deeee", True), ("eeeed", True), ("eedede", True), ("abcdef", False), ("racecar", True),
    ("raceacar", True), ("abccbxa", True), ("cuppucu", True), ("ucuppuc", True),
    ("abbxa", True), ("axbba", True), ("abxyzba", False), ("ebcbbececabbacecbbcbe", True),
    ("aguokepatgbnvfqmgmlcupuufxoohdfpgjdmysgvhmvffcnqxjjxqncffvmhvgsymdjgpfdhooxfuupuculmgmqfvnbgtapekouga", True),
    ("tebbem", False), ("acxcybycxcxa", True), ("lcupuufxoohdfpgjdmysgvhmvffcnqxjjxqncffvmhvgsymdjgpfdhooxfuupucul", True),
]


def random_palindrome(rng, n, letters=string.ascii_lowercase):
    half = [rng.choice(letters) for _ in range(n // 2)]
    middle = [rng.choice(letters)] if n % 2 else []
    return "".join(half + middle + half[::-1])


def write(name, s):
    assert 1 <= len(s) <= N and set(s) <= set(string.ascii_lowercase)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s}, f, separators=(",", ":"))
        f.write("\n")
    print(name, str(by_hashes(s)).lower())


def main():
    for s, want in HAND:
        assert brute(s) == want == by_hashes(s), (s, brute(s), want)
    check = random.Random(680)
    for _ in range(3000):
        n = check.randint(1, 14)
        s = list(random_palindrome(check, n, "abc"))
        for _ in range(check.randint(0, 2)):  # an insertion or a change, or two
            i = check.randint(0, len(s))
            if check.random() < 0.5:
                s.insert(i, check.choice("abc"))
            elif s:
                s[min(i, len(s) - 1)] = check.choice("abc")
        s = "".join(s)
        if s:
            assert brute(s) == by_hashes(s), s

    rng = random.Random(6800)
    write("max-size-palindrome", random_palindrome(rng, N - 1))
    p = random_palindrome(rng, N - 1)
    write("max-size-insert-a-third-in", p[:N // 3] + "q" + p[N // 3:])
    # Two letters changed near the middle: the outer 49990 pairs match, then two mismatches.
    p = list(random_palindrome(rng, N))
    p[N // 2 - 10] = "z" if p[N // 2 - 10] != "z" else "y"
    p[N // 2 - 4] = "z" if p[N // 2 - 4] != "z" else "y"
    write("max-size-two-mismatches", "".join(p))
    write("max-size-same-letter", "a" * N)
    # A palindrome around "cuppucu": at its mismatch both deletions look possible, and only
    # skipping the right-hand letter works.
    outer = random_palindrome(rng, (N - 7) // 2 * 2)
    half = len(outer) // 2
    write("max-size-choice-trap", outer[:half] + "cuppucu" + outer[half:])
    # The same trap mirrored: only skipping the left-hand letter works.
    write("max-size-choice-trap-mirrored", outer[:half] + "ucuppuc" + outer[half:])


if __name__ == "__main__":
    main()
