#!/usr/bin/env python3
"""Writes the large Basic Calculator II tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"s": ...}); the expected values are printed and written
inline in problem.yaml, which this script re-checks.

Two evaluators that share no code: `by_terms` splits the expression into signed terms and
folds each one left to right (it also checks that every intermediate value, each term's
running value and each running sum, fits in 32 bits, as the constraints promise);
`by_python` lets Python's own parser handle precedence and associativity, each number
wrapped in a class whose division truncates toward zero. They are compared on thousands of
random short expressions and on every inline test; the long tests use `by_terms`, since
Python's compiler recurses once per operator."""
import json
import random
import re

import yaml

MAX_LEN = 300_000
I32 = (-(2**31), 2**31 - 1)


def trunc_div(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def fits(x):
    return I32[0] <= x <= I32[1]


def tokens(s):
    out = re.findall(r"\d+|[-+*/]| +", s)
    assert "".join(out) == s, "stray characters"
    return [t for t in out if not t.isspace()]


def by_terms(s):
    toks = tokens(s)
    assert toks and toks[0].isdigit() and toks[-1].isdigit() and len(toks) % 2 == 1
    total, i, sign = 0, 0, 1
    while i < len(toks):
        value = int(toks[i])
        assert fits(value)
        i += 1
        while i < len(toks) and toks[i] in "*/":
            x = int(toks[i + 1])
            assert x != 0 or toks[i] == "*", "division by zero"
            value = value * x if toks[i] == "*" else trunc_div(value, x)
            assert fits(value) and fits(sign * value), "a term leaves 32 bits"
            i += 2
        total += sign * value
        assert fits(total), "a running sum leaves 32 bits"
        if i < len(toks):
            sign = 1 if toks[i] == "+" else -1
            i += 1
    return total


class T:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return T(self.v + o.v)

    def __sub__(self, o):
        return T(self.v - o.v)

    def __mul__(self, o):
        return T(self.v * o.v)

    def __truediv__(self, o):
        return T(trunc_div(self.v, o.v))


def by_python(s):
    assert set(s) <= set("0123456789+-*/ ")
    return eval(re.sub(r"\d+", lambda m: f"T({int(m.group())})", s), {"T": T}).v


def random_expression(rng, operands, big=False, spaces=0.0):
    """A valid expression whose intermediate values all fit in 32 bits."""
    def number():
        if big and rng.random() < 0.5:
            return rng.randint(2**31 - 1000, 2**31 - 1)
        return rng.choice([0, 1, 2, 3, 7, 9, 10, 12, 99, 1000, rng.randint(0, 2**31 - 1)])

    def space():
        return " " * (rng.random() < spaces) * rng.randint(1, 3)

    while True:
        parts = [space(), str(number())]
        for _ in range(operands - 1):
            parts += [space(), rng.choice("+-*/"), space(), str(rng.randint(1, 9) if rng.random() < 0.3 else number()), space()]
        s = "".join(parts).replace("/0", "/1").replace("/ 0", "/ 1").replace("/  0", "/  1").replace("/   0", "/   1")
        try:
            return s, by_terms(s)
        except AssertionError:
            continue


def self_test(rng):
    for _ in range(5000):
        s, value = random_expression(rng, rng.randint(1, 7), big=rng.random() < 0.2, spaces=0.3)
        assert by_python(s) == value, s
    print("the two evaluators agree on 5000 random expressions")


def long_expression(rng, length):
    """Many small operands, a quarter of the operators '*' or '/', built term by term so
    that every term and running sum stays in 32 bits; no spaces."""
    out, total, size = [], 0, 0
    while True:
        term = [str(rng.randint(0, 99))]
        value = int(term[0])
        for _ in range(rng.choice([0, 0, 1, 2, 3])):
            op = rng.choice("*/")
            x = rng.randint(1, 30)
            if op == "*" and abs(value * x) > 10**6:
                op = "/"
            value = value * x if op == "*" else trunc_div(value, x)
            term += [op, str(x)]
        sign = 1 if not out else (1 if total < 0 or (total < 10**8 and rng.random() < 0.5) else -1)
        piece = ("" if not out else "+" if sign > 0 else "-") + "".join(term)
        if size + len(piece) > length:
            break
        out.append(piece)
        size += len(piece)
        total += sign * value
    return "".join(out)


def write(name, s):
    assert 1 <= len(s) <= MAX_LEN
    value = by_terms(s)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s}, f, separators=(",", ":"))
        f.write("\n")
    ops = sum(s.count(c) for c in "+-*/")
    print(f"{name}: length {len(s)}, {ops} operators -> {value}")
    return value


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            s = test["input"]["s"]
            assert by_terms(s) == by_python(s) == test["expected"], (test["name"], by_terms(s))
    print("inline tests ok")


def main():
    rng = random.Random(227)
    self_test(rng)
    write("max-size-many-operators", long_expression(rng, MAX_LEN))
    # Mostly spaces: a few operands far apart.
    parts = []
    for tok in "1000 + 20 * 30 - 2147483647 / 7 * 3 / 5".split():
        parts += [" " * 22_000, tok]
    write("max-size-spaces", "".join(parts) + " " * 3_000)
    # Numbers near 2^31 - 1: subtracted while the running sum is >= 0, added while it is
    # negative, so it stays in 32 bits; some terms divide and multiply again.
    s, total = str(2**31 - 1), 2**31 - 1
    while True:
        b = 2**31 - 1 - rng.randint(0, 999)
        k = rng.randint(2, 9)
        term, value = rng.choice([(f"{b}", b), (f"{b} / {k} * {k}", b // k * k),
                                  (f"{b} * 1", b), (f"{b}/1", b)])
        piece = (" - " if total >= 0 else " + ") + term
        if len(s) + len(piece) > MAX_LEN:
            break
        s += piece
        total += -value if total >= 0 else value
    write("max-size-large-operands", s)
    check_inline()


if __name__ == "__main__":
    main()
