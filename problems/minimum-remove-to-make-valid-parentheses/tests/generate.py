#!/usr/bin/env python3
"""Writes the larger Minimum Remove to Make Valid Parentheses tests (deterministic). Run
from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"s": ...}) and tests/<name>.expected.json (one right
answer, a JSON string). The answer comes from a stack of open positions; it is checked to
be a balanced subsequence of s of the largest length, that length being s's length minus
the stray brackets counted by a balance walk. That count is itself checked against an
exhaustive search on thousands of short random strings, and so is every inline test of
problem.yaml."""
import itertools
import json
import random
import string

import yaml

N = 100_000


def with_stack(s):
    """Deletes each ')' that closes nothing and each '(' left open: one right answer."""
    drop, stack = set(), []
    for i, c in enumerate(s):
        if c == "(":
            stack.append(i)
        elif c == ")":
            if stack:
                stack.pop()
            else:
                drop.add(i)
    drop.update(stack)
    return "".join(c for i, c in enumerate(s) if i not in drop)


def fewest_deletions(s):
    """A balance walk: ')' with nothing open, plus the '(' still open at the end."""
    depth = closing = 0
    for c in s:
        if c == "(":
            depth += 1
        elif c == ")":
            if depth:
                depth -= 1
            else:
                closing += 1
    return depth + closing


def balanced(t):
    depth = 0
    for c in t:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


def subsequence(t, s):
    it = iter(s)
    return all(c in it for c in t)


def brute_force_fewest(s):
    """Tries deleting 0, 1, 2, ... characters, every choice of positions."""
    for k in range(len(s) + 1):
        for drop in itertools.combinations(range(len(s)), k):
            gone = set(drop)
            if balanced([c for i, c in enumerate(s) if i not in gone]):
                return k
    raise AssertionError("unreachable: deleting everything is balanced")


def check_answer(s, answer):
    assert subsequence(answer, s) and balanced(answer)
    assert len(s) - len(answer) == fewest_deletions(s)


def self_test(rng):
    for _ in range(3000):
        s = "".join(rng.choice("()()a") for _ in range(rng.randint(1, 10)))
        assert fewest_deletions(s) == brute_force_fewest(s), s
        check_answer(s, with_stack(s))
    print("balance walk agrees with the exhaustive search")


def write(name, s):
    assert 1 <= len(s) <= N and all(c in "()" or c in string.ascii_lowercase for c in s)
    answer = with_stack(s)
    check_answer(s, answer)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(answer, f)
        f.write("\n")
    print(f"{name}: length {len(s)}, deletes {len(s) - len(answer)}")


def random_balanced(rng, length, letters=0.3):
    """A random balanced string of exactly `length` characters (letters about `letters` of
    them): each step opens, closes (when something is open) or writes a letter, and the
    end closes what is left open."""
    out, depth = [], 0
    while len(out) + depth < length:
        r = rng.random()
        if r < letters:
            out.append(rng.choice(string.ascii_lowercase))
        elif r < (1 + letters) / 2 and depth:
            out.append(")")
            depth -= 1
        elif len(out) + depth + 2 <= length:
            out.append("(")
            depth += 1
        else:
            out.append(rng.choice(string.ascii_lowercase))
    out += ")" * depth
    assert len(out) == length and balanced(out)
    return "".join(out)


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            s, answer = test["input"]["s"], test["expected"]
            assert len(s) <= 16, test["name"]
            assert subsequence(answer, s) and balanced(answer), test["name"]
            assert len(s) - len(answer) == brute_force_fewest(s), test["name"]
    print("inline tests ok")


def main():
    rng = random.Random(1249)
    self_test(rng)
    write("alternating-close-open", ")(" * 1000)
    write("many-stray-closings", "".join(rng.choice("(()))a)") for _ in range(1000)))
    write("many-unclosed-opens", "".join(rng.choice("((()a))((") for _ in range(1000)))
    write("max-size-deep-nesting", "(" * (N // 2) + ")" * (N // 2))
    write("max-size-one-unclosed", "(" * (N // 2) + ")" * (N // 2 - 1) + "a")
    # A few stray brackets, so that a solution rescanning after each deletion stays fast.
    # Nine balanced blocks joined by four ')' and then four '(': each of the eight closes
    # nothing or stays open, so exactly eight characters go.
    cuts = sorted(rng.sample(range(1, N - 8), 8))
    blocks = [random_balanced(rng, b - a) for a, b in zip([0] + cuts, cuts + [N - 8])]
    s = blocks[0] + "".join(c + b for c, b in zip("))))((((", blocks[1:]))
    write("max-size-random-few-strays", s)
    write("max-size-letters-only", "".join(rng.choice(string.ascii_lowercase) for _ in range(N)))
    check_inline()


if __name__ == "__main__":
    main()
