#!/usr/bin/env python3
"""Writes the Stable Softmax tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
The large tests go to tests/*.json; the small ones are printed as YAML lines to paste into
problem.yaml. Expected values come from a 60-digit Decimal softmax, independent of the
double-precision solutions."""
import json
import random
from decimal import Decimal, getcontext

getcontext().prec = 60
N = 10_000
LIMIT = 10_000.0


def softmax(logits):
    xs = [Decimal(repr(x)) for x in logits]
    top = max(xs)
    es = [(x - top).exp() for x in xs]
    total = sum(es)
    return [float(e / total) for e in es]


def check(logits):
    assert 1 <= len(logits) <= N
    assert all(-LIMIT <= x <= LIMIT for x in logits)


SMALL = [
    # name, tags, logits
    ("sample-1", [], [1.0, 2.0, 3.0]),
    ("sample-2", ["edge:overflow"], [1000.0, 1001.0, 1002.0]),
    ("sample-3", ["edge:negative", "edge:underflow"], [-1000.0, -1000.0]),
    ("single", ["edge:single"], [3.5]),
    ("single-max-value", ["edge:single", "edge:max-value"], [10000.0]),
    ("all-zeros", ["edge:zero", "edge:duplicates"], [0.0, 0.0, 0.0, 0.0]),
    ("negatives", ["edge:negative"], [-1.0, -2.0, -3.0, -0.5]),
    ("very-negative", ["edge:negative", "edge:underflow"], [-1000.0, -1001.0, -1002.5]),
    ("both-extremes", ["edge:max-value", "edge:negative"], [-10000.0, 0.0, 10000.0]),
    ("exp-boundary", ["edge:overflow"], [709.0, 710.0]),
    ("wide-spread", ["edge:overflow"], [0.0, 800.0]),
    ("tied-max", ["edge:duplicates"], [5.0, 5.0, 1.0, -2.25]),
    ("fractions", [], [0.1, 0.2, 0.3, 0.4, 0.5]),
    ("moderate", [], [-3.0, 10.0, 50.0, 100.0]),
    ("descending", ["edge:reversed", "edge:negative"], [3.0, 2.0, 1.0, 0.0, -1.0, -2.0]),
    ("mixed-large", ["edge:overflow", "edge:negative"], [9999.5, -9999.5, 9998.0, 9999.5, 0.0]),
]


def main():
    for name, tags, logits in SMALL:
        check(logits)
        sample = "sample: true, " if name.startswith("sample") else ""
        tag = f"tags: [{', '.join(tags)}], " if tags else ""
        print(f"  - {{name: {name}, {sample}{tag}input: {{logits: {json.dumps(logits)}}},")
        print(f"     expected: {json.dumps(softmax(logits))}}}")

    rng = random.Random(2024)
    large = {
        # Uniform in the full range: overflows a naive exp; one or two entries dominate.
        "max-size-random": [round(rng.uniform(-LIMIT, LIMIT), 3) for _ in range(N)],
        # All near the top of the range, within a few units: many probabilities matter.
        "max-size-large-close": [round(rng.uniform(9990.0, LIMIT), 3) for _ in range(N)],
        # Every logit equal: 1/N each.
        "max-size-equal": [-7777.25] * N,
        # Small values: a naive softmax is right here, the output is spread out.
        "max-size-small": [round(rng.gauss(0.0, 3.0), 6) for _ in range(N)],
    }
    for name, logits in large.items():
        check(logits)
        with open(f"tests/{name}.json", "w") as f:
            json.dump({"logits": logits}, f, separators=(",", ":"))
            f.write("\n")
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(softmax(logits), f, separators=(",", ":"))
            f.write("\n")
        print(name, "written")


if __name__ == "__main__":
    main()
