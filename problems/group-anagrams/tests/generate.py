#!/usr/bin/env python3
"""Writes the large Group Anagrams tests (deterministic). Run from the problem
folder: python3 tests/generate.py. Each input file is {"strs": [...]}; each expected file
lists the groups (in order of first appearance, members in input order; the checker
ignores both orders)."""
import json
import random
import string

N = 10_000
MAX_LEN = 100
DISTINCT = 400


def group(strs):
    groups = {}
    for s in strs:
        groups.setdefault("".join(sorted(s)), []).append(s)
    return list(groups.values())


def shuffled(rng, s):
    letters = list(s)
    rng.shuffle(letters)
    return "".join(letters)


def write(name, strs):
    assert 1 <= len(strs) <= N
    assert all(len(s) <= MAX_LEN and set(s) <= set(string.ascii_lowercase) for s in strs)
    groups = group(strs)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"strs": strs}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(groups, f, separators=(",", ":"))
        f.write("\n")
    print(name, len(strs), "strings in", len(groups), "groups, longest",
          max(map(len, strs)))


def main():
    rng = random.Random(49)

    # 400 random words of 30 letters: every word is a group of its own, so comparing a
    # word with every group found so far makes about 8 * 10^4 comparisons. The test is
    # kept this small on purpose: a solution that does that quadratic work still passes
    # it, and the budget series (problem.yaml) is what catches it.
    strs = ["".join(rng.choice(string.ascii_lowercase) for _ in range(30))
            for _ in range(DISTINCT)]
    assert len(group(strs)) == DISTINCT
    write("many-distinct", strs)

    # 10^4 words drawn from 60 base words of every length from 0 to 100, each time in a
    # random order of its letters: large groups, exact repeats, the empty word, and pairs
    # of base words with the same letters in different amounts.
    bases = ["", "a", "z" * MAX_LEN, "ab" * 50, "a" * 11 + "b", "a" + "b" * 11]
    while len(bases) < 60:
        length = rng.randint(1, MAX_LEN)
        alphabet = rng.choice([string.ascii_lowercase[:3], string.ascii_lowercase[:8],
                               string.ascii_lowercase])
        bases.append("".join(rng.choice(alphabet) for _ in range(length)))
    bases.sort(key=len)
    # Lengths 0 .. 100 are drawn with a bias to the short end to keep the file small.
    strs = [shuffled(rng, bases[min(int(rng.expovariate(1 / 18)), len(bases) - 1)])
            for _ in range(N)]
    write("max-size-few-groups", strs)


if __name__ == "__main__":
    main()
