#!/usr/bin/env python3
"""Writes the large Edit Distance tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"word1": ..., "word2": ...}. The answers come from the full
(n+1) x (m+1) Levenshtein table and, for short words, from a breadth-first search over
single edits; they are printed and written inline in problem.yaml. Every hidden test is
checked here too, with the number of calls the plain recursion (solutions/too-slow-*)
makes: it must pass every hidden test, so that only the budget series tells it apart."""
import json
import random
import string

MAX_LEN = 500


def by_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                t[i][j] = i + j
            elif a[i - 1] == b[j - 1]:
                t[i][j] = t[i - 1][j - 1]
            else:
                t[i][j] = 1 + min(t[i - 1][j], t[i][j - 1], t[i - 1][j - 1])
    return t[len(a)][len(b)]


def by_search(a, b, letters):
    """Breadth-first search from a to b, one insertion, deletion or replacement at a time,
    over strings no longer than the longer word; letters: the alphabet the edits use."""
    limit = max(len(a), len(b))
    dist = {a: 0}
    frontier = [a]
    while b not in dist:
        nxt = []
        for w in frontier:
            edits = [w[:i] + w[i + 1:] for i in range(len(w))]
            edits += [w[:i] + c + w[i + 1:] for i in range(len(w)) for c in letters]
            if len(w) < limit:
                edits += [w[:i] + c + w[i:] for i in range(len(w) + 1) for c in letters]
            for e in edits:
                if e not in dist:
                    dist[e] = dist[w] + 1
                    nxt.append(e)
        frontier = nxt
    return dist[b]


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
            stack.extend([(i + 1, j), (i, j + 1), (i + 1, j + 1)])
        if calls > 10**6:
            break
    return calls


def answer(a, b):
    assert 0 <= len(a) <= MAX_LEN and 0 <= len(b) <= MAX_LEN
    assert set(a + b) <= set(string.ascii_lowercase)
    got = by_table(a, b)
    letters = sorted(set(a + b))
    if max(len(a), len(b)) <= 6 and len(letters) <= 6:
        assert got == by_search(a, b, letters), (a, b)
    calls = recursion_calls(a, b)
    assert calls <= 400_000, (a[:20], b[:20], calls)
    return got, calls


INLINE = [
    ("horse", "ros", 3), ("intention", "execution", 5), ("", "", 0), ("", "abc", 3),
    ("abc", "", 3), ("a", "a", 0), ("a", "b", 1), ("abc", "abc", 0), ("kitten", "sitting", 3),
    ("sunday", "saturday", 3), ("abc", "yabd", 2), ("ab", "ba", 2), ("aaa", "aaaaa", 2),
    ("abcdef", "azced", 3), ("abcdxyz", "xyzabcd", 6), ("park", "spake", 3),
    ("plasma", "altruism", 6),
]


def write(name, a, b):
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"word1": a, "word2": b}, f, separators=(",", ":"))
        f.write("\n")
    got, calls = answer(a, b)
    print(name, got, f"(plain recursion: {calls} calls)")


def main():
    for a, b, expected in INLINE:
        got, calls = answer(a, b)
        assert got == expected, (a, b, got, expected)
        print("inline", repr(a), repr(b), got, f"({calls} calls)")
    rng = random.Random(72)
    text = "".join(rng.choice(string.ascii_lowercase) for _ in range(MAX_LEN))
    write("max-size-identical", text, text)
    write("max-size-to-empty", text, "")
    # The last character replaced.
    write("max-size-last-replaced", text, text[:-1] + ("a" if text[-1] != "a" else "b"))
    # Only the last character deleted.
    write("max-size-one-deleted", "m" * MAX_LEN, "m" * (MAX_LEN - 1))
    # One letter against 500 others: 499 deletions and a replacement.
    write("max-size-against-one", "x" * MAX_LEN, "y")


if __name__ == "__main__":
    main()
