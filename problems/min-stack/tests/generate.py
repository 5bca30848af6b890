#!/usr/bin/env python3
"""Writes the 3 * 10^4-call Min Stack tests (deterministic). Run from the problem folder:
python3 tests/generate.py. Each input file is {"operations": [...], "arguments": [...]}
in LeetCode's form; each expected file holds one result per operation (null for the
constructor, push and pop), computed by a plain list simulation."""
import json
import random

CALLS = 30_000
INT_MIN, INT_MAX = -2**31, 2**31 - 1


def simulate(operations, arguments):
    stack, results = [], []
    for op, args in zip(operations, arguments):
        if op == "MinStack":
            stack, result = [], None
        elif op == "push":
            stack.append(args[0])
            result = None
        elif op == "pop":
            stack.pop()
            result = None
        elif op == "top":
            result = stack[-1]
        else:
            assert op == "getMin"
            result = min(stack)
        results.append(result)
    return results


class Script:
    def __init__(self):
        self.operations, self.arguments, self.size = ["MinStack"], [[]], 0

    def add(self, op, *args):
        assert op == "push" or self.size > 0, "pop, top and getMin need a non-empty stack"
        self.size += {"push": 1, "pop": -1}.get(op, 0)
        self.operations.append(op)
        self.arguments.append(list(args))

    def calls(self):
        return len(self.operations) - 1


def write(name, script):
    assert script.calls() == CALLS
    assert all(INT_MIN <= a <= INT_MAX for args in script.arguments for a in args)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"operations": script.operations, "arguments": script.arguments}, f,
                  separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(simulate(script.operations, script.arguments), f, separators=(",", ":"))
        f.write("\n")
    print(name, script.calls(), "calls")


def main():
    rng = random.Random(155)

    # Random calls on values from the whole int range, with a small pool of values that
    # repeat (the ends of the range among them), so the minimum often occurs twice.
    pool = [INT_MIN, INT_MAX, -1, 0, 1] + [rng.randint(INT_MIN, INT_MAX) for _ in range(20)]
    script = Script()
    while script.calls() < CALLS:
        r = rng.random()
        if script.size == 0 or r < 0.4:
            value = rng.choice(pool) if rng.random() < 0.5 else rng.randint(INT_MIN, INT_MAX)
            script.add("push", value)
        elif r < 0.6:
            script.add("pop")
        elif r < 0.8:
            script.add("top")
        else:
            script.add("getMin")
    write("max-size-random", script)

    # A deep stack: 10^4 pushes of values that never increase (from INT_MAX down to about
    # -10^8), each value up to three times in a row, with a getMin after each push; then
    # pops, each followed by a getMin, until the 3 * 10^4 calls are used up (half the
    # stack is popped). The minimum changes only when the last copy of a value goes.
    script = Script()
    value = INT_MAX
    while script.size < 10_000:
        for _ in range(rng.randint(1, 3)):
            if script.size < 10_000:
                script.add("push", value)
                script.add("getMin")
        value -= rng.randint(1, 900_000)
    while script.calls() < CALLS:
        script.add("pop")
        if script.calls() < CALLS:
            script.add("getMin")
    write("max-size-deep-duplicates", script)


if __name__ == "__main__":
    main()
