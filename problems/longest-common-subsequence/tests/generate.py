#!/usr/bin/env python3
"""Writes the large Longest Common Subsequence tests (deterministic). Run from the
problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"text1": ..., "text2": ...}. The answers come from the full
(n+1) x (m+1) table, and, where the shorter text is short, from trying every subsequence
of it; they are printed and written inline in problem.yaml. The hidden tests are checked
here too, with the number of calls the plain recursion (solutions/too-slow-*) makes: it
must pass every hidden test, so that only the budget series tells it apart."""
import itertools
import json
import random
import string

MAX_LEN = 1000


def by_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            t[i][j] = t[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(t[i - 1][j], t[i][j - 1])
    return t[len(a)][len(b)]


def is_subsequence(small, big):
    it = iter(big)
    return all(c in it for c in small)


def by_subsets(a, b):
    """Longest subsequence of the shorter text that is a subsequence of the other."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    for k in range(len(short), 0, -1):
        for keep in itertools.combinations(range(len(short)), k):
            if is_subsequence([short[i] for i in keep], long_):
                return k
    return 0


def recursion_calls(a, b):
    calls = 0
    stack = [(0, 0)]
    while stack:
        i, j = stack.pop()
        calls += 1
        if i == len(a) or j == len(b):
            continue
        if a[i] == b[j]:
            stack.append((i + 1, j + 1))
        else:
            stack.append((i + 1, j))
            stack.append((i, j + 1))
        if calls > 10**6:
            break
    return calls


def answer(a, b):
    assert 1 <= len(a) <= MAX_LEN and 1 <= len(b) <= MAX_LEN
    assert set(a + b) <= set(string.ascii_lowercase)
    got = by_table(a, b)
    if min(len(a), len(b)) <= 16:
        assert got == by_subsets(a, b), (a, b)
    calls = recursion_calls(a, b)
    assert calls <= 100_000, (a[:20], b[:20], calls)
    return got, calls


INLINE = [
    ("abcde", "ace", 3), ("abc", "abc", 3), ("abc", "def", 0), ("a", "a", 1), ("a", "b", 0),
    ("zabc", "abcz", 3), ("bsbininm", "jmjkbkjkv", 1), ("oxcpqrs", "shmtulqr", 2),
    ("abcba", "abcbcba", 5), ("aaaa", "aa", 2), ("ezupkr", "ubmrapg", 2),
    ("abcdef", "fedcba", 1), ("pmjghexyby", "hafcbgexy", 4),
    ("ace", "abcde", 3), ("abab", "baba", 3), ("xaxbxc", "abc", 3),
]


def write(name, a, b):
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"text1": a, "text2": b}, f, separators=(",", ":"))
        f.write("\n")
    got, calls = answer(a, b)
    print(name, got, f"(plain recursion: {calls} calls)")


def main():
    for a, b, expected in INLINE:
        got, calls = answer(a, b)
        assert got == expected, (a, b, got, expected)
        print("inline", a, b, got, f"({calls} calls)")
    rng = random.Random(1143)
    text = "".join(rng.choice(string.ascii_lowercase) for _ in range(MAX_LEN))
    write("max-size-identical", text, text)
    # No common character: the table is all zeros.
    write("max-size-absent-char", "".join(rng.choice("abcdefghijklmnopqrstuvwxy") for _ in range(MAX_LEN)), "z")
    # The one character of text2 occurs only at the very end of text1.
    write("max-size-last-char", "".join(rng.choice("abcdefghijklmnopqrstuvwxy") for _ in range(MAX_LEN - 1)) + "z", "z")
    # The same pattern shifted by one: everything but one character matches.
    write("max-size-shifted", "ab" * (MAX_LEN // 2), "ba" * (MAX_LEN // 2))
    # text2 is text1 with its last character changed.
    write("max-size-last-differs", "q" * MAX_LEN, "q" * (MAX_LEN - 1) + "r")


if __name__ == "__main__":
    main()
