#!/usr/bin/env python3
"""Writes the 5000-node Reverse Linked List tests (deterministic). Run from the problem
folder: python3 tests/generate.py. Each input file is {"head": [...]}; each expected file
is the reversed list."""
import json
import random

N = 5000
LIMIT = 5000


def write(name, values):
    assert len(values) == N and all(-LIMIT <= v <= LIMIT for v in values)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"head": values}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(values[::-1], f, separators=(",", ":"))
        f.write("\n")
    print(name, "first", values[0], "last", values[-1])


def main():
    rng = random.Random(206)
    write("max-size-random", [rng.randint(-LIMIT, LIMIT) for _ in range(N)])
    # The ends of the value range, alternating in runs of random length.
    values, sign = [], 1
    while len(values) < N:
        values += [sign * LIMIT] * rng.randint(1, 7)
        sign = -sign
    write("max-size-extremes", values[:N])


if __name__ == "__main__":
    main()
