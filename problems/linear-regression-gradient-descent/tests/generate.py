#!/usr/bin/env python3
"""Writes the Linear Regression by Gradient Descent tests (deterministic). Run from the
problem folder:
    /usr/bin/python3 tests/generate.py
The larger tests go to tests/*.json; the small ones are printed as YAML lines to paste into
problem.yaml. Expected values: the same batch gradient descent run in 50-digit Decimal
arithmetic (so double rounding plays no part), then rounded to a double."""
import json
import random
from decimal import Decimal, getcontext

getcontext().prec = 50
MAX_N, MAX_D, MAX_STEPS = 200, 10, 500
X_LIMIT, Y_LIMIT = 10.0, 100.0
W_LIMIT = 1e6


def descend(X, y, lr, steps):
    """Batch gradient descent on J(w) = 1/(2n) |Xw - y|^2 from w = 0, in Decimal."""
    n, d = len(X), len(X[0])
    Xd = [[Decimal(repr(v)) for v in row] for row in X]
    yd = [Decimal(repr(v)) for v in y]
    rate = Decimal(repr(lr))
    w = [Decimal(0)] * d
    for _ in range(steps):
        residuals = [sum(a * b for a, b in zip(row, w)) - t for row, t in zip(Xd, yd)]
        grad = [sum(residuals[i] * Xd[i][j] for i in range(n)) / n for j in range(d)]
        w = [wj - rate * gj for wj, gj in zip(w, grad)]
        assert all(abs(wj) <= W_LIMIT for wj in w), "diverges"
    return [float(v) for v in w]


def top_eigenvalue(X):
    """Largest eigenvalue of X^T X / n (power iteration): the step must stay below 2/it."""
    n, d = len(X), len(X[0])
    A = [[sum(X[i][a] * X[i][b] for i in range(n)) / n for b in range(d)] for a in range(d)]
    v = [1.0 + 0.1 * j for j in range(d)]
    lam = 0.0
    for _ in range(500):
        u = [sum(A[a][b] * v[b] for b in range(d)) for a in range(d)]
        lam = max(abs(c) for c in u)
        if lam == 0:
            return 0.0
        v = [c / lam for c in u]
    return lam


def check(X, y, lr, steps):
    n = len(X)
    assert 1 <= n <= MAX_N and len(y) == n
    d = len(X[0])
    assert 1 <= d <= MAX_D and all(len(row) == d for row in X)
    assert all(-X_LIMIT <= v <= X_LIMIT for row in X for v in row)
    assert all(-Y_LIMIT <= v <= Y_LIMIT for v in y)
    assert 0 < lr <= 1 and 0 <= steps <= MAX_STEPS


SMALL = [
    # name, tags, X, y, learningRate, steps
    ("sample-1", ["edge:single-feature"], [[1.0], [2.0], [3.0]], [2.0, 4.0, 6.0], 0.1, 1),
    ("sample-2", ["edge:single-feature"], [[1.0], [2.0], [3.0]], [2.0, 4.0, 6.0], 0.1, 100),
    ("sample-3", ["edge:intercept"], [[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]], [1.0, 3.0, 5.0], 0.1, 2),
    ("zero-steps", ["edge:zero"], [[1.0, 2.0], [3.0, 4.0]], [5.0, 6.0], 0.1, 0),
    ("zero-targets", ["edge:zero"], [[1.0, -2.0], [0.5, 4.0]], [0.0, 0.0], 0.05, 50),
    ("single-sample", ["edge:single"], [[1.0, 2.0, -1.0]], [3.0], 0.1, 5),
    ("single-sample-single-feature", ["edge:single"], [[2.0]], [-4.0], 0.2, 3),
    ("negative-values", ["edge:negative"],
     [[-1.0, -2.0], [-3.5, 1.0], [2.0, -0.5]], [-4.0, 1.5, -2.25], 0.1, 20),
    ("correlated-features", ["edge:correlated"],
     [[1.0, 1.1], [2.0, 1.9], [3.0, 3.2], [4.0, 3.9]], [2.0, 4.1, 6.3, 7.9], 0.02, 40),
    ("duplicate-columns", ["edge:duplicates", "edge:collinear"],
     [[1.0, 1.0], [2.0, 2.0], [-1.0, -1.0]], [2.0, 4.0, -2.0], 0.05, 30),
    ("duplicate-rows", ["edge:duplicates"],
     [[1.0, 2.0], [1.0, 2.0], [1.0, 2.0], [0.0, 1.0]], [3.0, 3.0, 3.0, 1.0], 0.1, 25),
    ("more-features-than-samples", ["edge:wide"],
     [[1.0, 0.5, -1.0, 2.0], [0.0, 1.0, 1.0, -1.0]], [1.0, -1.0], 0.1, 60),
    ("large-learning-rate", ["edge:oscillating"],
     [[1.0], [2.0], [3.0]], [1.0, 2.0, 3.0], 0.4, 30),
    ("different-scales", ["edge:feature-scale"],
     [[10.0, 0.1], [-10.0, 0.2], [5.0, -0.1], [0.0, 0.3]], [20.0, -19.0, 10.5, 0.5], 0.01, 80),
]


def random_case(rng, n, d, steps, ratio, intercept=False, noise=1.0):
    X = [[round(rng.uniform(-X_LIMIT, X_LIMIT), 2) for _ in range(d)] for _ in range(n)]
    if intercept:
        for row in X:
            row[0] = 1.0
    true_w = [rng.uniform(-3, 3) for _ in range(d)]
    y = [max(-Y_LIMIT, min(Y_LIMIT, round(sum(a * b for a, b in zip(row, true_w))
                                          + rng.gauss(0, noise), 2))) for row in X]
    lr = float(f"{ratio / top_eigenvalue(X):.3g}")
    return X, y, lr, steps


def main():
    for name, tags, X, y, lr, steps in SMALL:
        check(X, y, lr, steps)
        sample = "sample: true, " if name.startswith("sample") else ""
        tag = f"tags: [{', '.join(tags)}], " if tags else ""
        print(f"  - {{name: {name}, {sample}{tag}")
        print(f"     input: {{X: {json.dumps(X)}, y: {json.dumps(y)}, "
              f"learningRate: {lr}, steps: {steps}}},")
        print(f"     expected: {json.dumps(descend(X, y, lr, steps))}}}")

    rng = random.Random(77)
    large = {
        # n = 200, d = 10, 500 steps at about 1/lambda_max: near convergence.
        "max-size-random": random_case(rng, MAX_N, MAX_D, MAX_STEPS, 1.0),
        # The same shape with an intercept column of ones and noisy targets.
        "max-size-intercept": random_case(rng, MAX_N, MAX_D, MAX_STEPS, 0.9, True, 5.0),
        # A step close to the stability limit 2/lambda_max: the weights oscillate.
        "max-size-oscillating": random_case(rng, MAX_N, MAX_D, MAX_STEPS, 1.9),
        # Few steps with a small rate: far from convergence.
        "few-steps": random_case(rng, 50, 6, 3, 0.3),
    }
    for name, (X, y, lr, steps) in large.items():
        check(X, y, lr, steps)
        with open(f"tests/{name}.json", "w") as f:
            json.dump({"X": X, "y": y, "learningRate": lr, "steps": steps}, f,
                      separators=(",", ":"))
            f.write("\n")
        with open(f"tests/{name}.expected.json", "w") as f:
            json.dump(descend(X, y, lr, steps), f, separators=(",", ":"))
            f.write("\n")
        print(name, "written: learningRate", lr)


if __name__ == "__main__":
    main()
