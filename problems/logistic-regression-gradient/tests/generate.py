#!/usr/bin/env python3
"""Writes the Logistic Regression Gradient tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
The larger tests go to tests/*.json; the small ones are printed as YAML lines to paste into
problem.yaml. Expected values: (1/n) X^T (sigmoid(X w) - y) in 50-digit Decimal
arithmetic (Decimal's exp has no overflow at these sizes), rounded once to a double."""
import json
import random
from decimal import Decimal, getcontext

getcontext().prec = 50
MAX_N, MAX_D = 5000, 20
LIMIT = 100.0


def gradient(X, y, w):
    n, d = len(X), len(w)
    Xd = [[Decimal(repr(v)) for v in row] for row in X]
    wd = [Decimal(repr(v)) for v in w]
    errors = []
    for row, label in zip(Xd, y):
        z = sum(a * b for a, b in zip(row, wd))
        errors.append(1 / (1 + (-z).exp()) - label)
    # (+ 0.0 turns a -0.0 from a vanishing negative sum into 0.0.)
    return [float(sum(errors[i] * Xd[i][j] for i in range(n)) / n) + 0.0 for j in range(d)]


def max_logit(X, w):
    return max(abs(sum(a * b for a, b in zip(row, w))) for row in X)


def check(X, y, w):
    n, d = len(X), len(w)
    assert 1 <= n <= MAX_N and len(y) == n and 1 <= d <= MAX_D
    assert all(len(row) == d for row in X) and all(label in (0, 1) for label in y)
    assert all(-LIMIT <= v <= LIMIT for row in X for v in row)
    assert all(-LIMIT <= v <= LIMIT for v in w)


SMALL = [
    # name, tags, X, y, w
    ("sample-1", ["edge:zero"], [[1.0, 0.0], [0.0, 1.0]], [1, 0], [0.0, 0.0]),
    ("sample-2", ["edge:negative"], [[1.0, 2.0], [2.0, -1.0], [-1.0, 1.0]], [1, 0, 1], [0.5, -0.25]),
    ("sample-3", ["edge:large-logit"], [[100.0], [-100.0]], [1, 1], [10.0]),
    ("single-sample", ["edge:single"], [[2.0, -1.0, 0.5]], [1], [0.3, 0.2, -0.4]),
    ("single-feature", ["edge:single"], [[1.0], [2.0], [3.0], [4.0]], [0, 0, 1, 1], [0.7]),
    ("zero-features", ["edge:zero"], [[0.0, 0.0], [0.0, 0.0], [1.0, 1.0]], [1, 0, 1], [2.0, -3.0]),
    ("all-labels-zero", ["edge:zero"], [[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]], [0, 0, 0], [0.1, 0.1]),
    ("all-labels-one", [], [[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]], [1, 1, 1], [0.1, 0.1]),
    ("saturated-correct", ["edge:large-logit"],
     [[50.0, 50.0], [-50.0, -50.0]], [1, 0], [20.0, 20.0]),
    ("saturated-wrong", ["edge:large-logit"],
     [[50.0, 50.0], [-50.0, -50.0]], [0, 1], [20.0, 20.0]),
    ("exp-boundary", ["edge:large-logit"],
     [[709.0 / 10], [710.0 / 10], [-71.0], [-75.0]], [0, 1, 1, 0], [10.0]),
    ("extreme-values", ["edge:max-value", "edge:large-logit", "edge:negative"],
     [[100.0] * 20, [-100.0] * 20, [100.0, -100.0] * 10], [0, 1, 1], [100.0] * 20),
    ("zero-logits", ["edge:zero"],
     [[1.0, 1.0], [2.0, 2.0], [-3.0, -3.0]], [1, 0, 0], [1.5, -1.5]),
    ("more-features-than-samples", ["edge:wide"],
     [[1.0, -2.0, 0.5, 3.0, 0.0], [0.5, 0.5, -1.0, 2.0, 1.0]], [0, 1], [0.2, 0.1, -0.3, 0.05, 0.4]),
    ("mixed-saturation", ["edge:large-logit", "edge:negative"],
     [[80.0, -3.0], [0.5, 0.25], [-90.0, 2.0], [1.0, -1.0]], [0, 1, 0, 1], [12.0, 0.8]),
    ("duplicate-rows", ["edge:duplicates"],
     [[1.0, -1.0], [1.0, -1.0], [1.0, -1.0], [2.0, 0.5]], [1, 0, 1, 0], [-0.5, 1.5]),
]


def main():
    for name, tags, X, y, w in SMALL:
        check(X, y, w)
        sample = "sample: true, " if name.startswith("sample") else ""
        tag = f"tags: [{', '.join(tags)}], " if tags else ""
        print(f"  - {{name: {name}, {sample}{tag}")
        print(f"     input: {{X: {json.dumps(X)}, y: {json.dumps(y)}, w: {json.dumps(w)}}},")
        print(f"     expected: {json.dumps(gradient(X, y, w))}}}")

    rng = random.Random(11)

    def features(n, d, decimals, scale=LIMIT):
        return [[round(rng.uniform(-scale, scale), decimals) for _ in range(d)] for _ in range(n)]

    def labels_for(X, w, flip):
        # The label the weights predict, flipped for a share of the samples.
        return [int((sum(a * b for a, b in zip(row, w)) > 0) != (rng.random() < flip)) for row in X]

    w_small = [round(rng.uniform(-0.05, 0.05), 4) for _ in range(MAX_D)]
    X1 = features(MAX_N, MAX_D, 1)
    w_big = [round(rng.uniform(-LIMIT, LIMIT), 2) for _ in range(MAX_D)]
    X2 = [[float(rng.randint(-100, 100)) for _ in range(MAX_D)] for _ in range(MAX_N)]
    w_mid = [round(rng.uniform(-1, 1), 3) for _ in range(8)]
    X3 = features(300, 8, 2, 10.0)
    large = {
        # n = 5000, d = 20, small weights: logits of a few units, noisy labels.
        "max-size-random": (X1, labels_for(X1, w_small, 0.2), w_small),
        # Weights up to 100: logits up to ~10^5, nearly every sigmoid saturated; 10% of the
        # labels contradict the weights.
        "max-size-saturated": (X2, labels_for(X2, w_big, 0.1), w_big),
        # n = 300, d = 8: logits up to about 24, many sigmoids neither near 0 nor near 1.
        "moderate": (X3, labels_for(X3, w_mid, 0.3), w_mid),
    }
    for name, (X, y, w) in large.items():
        check(X, y, w)
        with open(f"tests/{name}.json", "w") as f:
            json.dump({"X": X, "y": y, "w": w}, f, separators=(",", ":"))
            f.write("\n")
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(gradient(X, y, w), f, separators=(",", ":"))
            f.write("\n")
        print(name, f"written: max |logit| {max_logit(X, w):.1f}")


if __name__ == "__main__":
    main()
