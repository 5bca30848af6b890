#!/usr/bin/env python3
"""Writes the hidden Random Pick with Weight tests (deterministic). Run from the problem
folder: python3 tests/generate.py. Each input file is {"operations": ["Solution",
"pickIndex", ...], "arguments": [[w], [], ...]}: one constructor call, then many picks
(up to 2 * 10^4, more than LeetCode's 10^4, for statistical power). Each expected file
holds one run of the reference solution (prefix sums and bisect, seeded), which checker.cpp
checks like any answer: the picks are random, so the checker judges how the counts fit the
weights, not whether they equal these.

Before writing, it checks two things with the checker's own rules (mirrored below):
  - the reference run passes, so the expected picks are a valid answer;
  - each wrong model of pickIndex (uniform, the off-by-ones of the prefix-sum search,
    rand() % total) is caught by some test with a probability of missing it below 1e-12,
    computed from exact binomial tails (a rigorous upper bound on the miss, see
    miss_probability). It prints, per test, each model's miss probability."""
import json
import math
import random
from bisect import bisect_left
from itertools import accumulate

MAX_N = 10**4
MAX_WEIGHT = 10**5
MAX_PICKS = 2 * 10**4
FALSE_ALARM = 1e-10  # per rule of checker.cpp; three rules: below 3e-10 per case


def reference_picks(w, count, rng):
    prefix = list(accumulate(w))
    return [bisect_left(prefix, rng.randint(1, prefix[-1])) for _ in range(count)]


# The checker's rules (checker.cpp), for a run of `picks` picks with these counts.

def divergence(q, p):
    d = 0.0
    if q > 0:
        d += q * math.log(q / p)
    if q < 1:
        d += (1 - q) * math.log((1 - q) / (1 - p))
    return max(d, 0.0)


def index_limit(n):
    return math.log(2.0 * n / FALSE_ALARM)


def cdf_limit(picks):
    return math.sqrt(math.log(2 / FALSE_ALARM) / (2 * picks))


def orders(w):
    """The two orders the CDF rule walks: by index, and by weight (ties by index)."""
    return [list(range(len(w))), sorted(range(len(w)), key=lambda i: w[i])]


def why_not_weighted(w, counts, picks):
    total = sum(w)
    limit = index_limit(len(w))
    for i, weight in enumerate(w):
        if picks * divergence(counts[i] / picks, weight / total) > limit:
            return f"index {i}: {counts[i]} picks"
    eps = cdf_limit(picks)
    for order in orders(w):
        weight_so_far = count_so_far = 0
        for k in order[:-1]:
            weight_so_far += w[k]
            count_so_far += counts[k]
            if abs(count_so_far / picks - weight_so_far / total) > eps:
                return f"CDF up to index {k}"
    return ""


# Wrong models: each maps w to the chance of each index, and the chance of an answer that
# is no index at all.

def model_uniform(w):
    return [1 / len(w)] * len(w), 0.0


def model_off_by_one(w):
    """Target 0..total-1, first prefix sum >= target: index 0 gains target 0, the last
    index loses its last target."""
    total = sum(w)
    q = [weight / total for weight in w]
    q[0] += 1 / total
    q[-1] -= 1 / total
    return q, 0.0


def model_past_the_end(w):
    """Target 1..total, first prefix sum > target: each index gives its last target to the
    next one; target total gives len(w)."""
    total = sum(w)
    q = [weight / total for weight in w]
    for i in range(len(w)):
        q[i] -= 1 / total
        if i + 1 < len(w):
            q[i + 1] += 1 / total
    return q, 1 / total


def model_rand_modulo(w):
    """glibc rand() % total + 1: rand() is uniform on 0..2^31-1, so the residues below
    2^31 mod total come up once more than the others."""
    total = sum(w)
    draws = 2**31
    per, extra = divmod(draws, total)

    def residues(a, b):  # how many draws give a residue in a..b-1
        return (b - a) * per + max(0, min(b, extra) - a)

    q, low = [], 0
    for high in accumulate(w):
        q.append(residues(low, high) / draws)
        low = high
    return q, 0.0


MODELS = {
    "uniform": model_uniform,
    "off-by-one": model_off_by_one,
    "past-the-end": model_past_the_end,
    "rand-modulo": model_rand_modulo,
}


def log_pmf(picks, q, c):
    if q <= 0:
        return 0.0 if c == 0 else -math.inf
    if q >= 1:
        return 0.0 if c == picks else -math.inf
    return (math.lgamma(picks + 1) - math.lgamma(c + 1) - math.lgamma(picks - c + 1) +
            c * math.log(q) + (picks - c) * math.log1p(-q))


def chance_in(picks, q, lo, hi):
    """An upper bound on P(lo <= Binomial(picks, q) <= hi): the exact sum near the mean,
    and the interval's length times its largest term beyond that (the pmf is unimodal)."""
    lo, hi = max(lo, 0), min(hi, picks)
    if lo > hi:
        return 0.0
    mean, sd = picks * q, math.sqrt(picks * q * (1 - q))
    window_lo = max(0, math.floor(mean - 60 * sd - 20))
    window_hi = min(picks, math.ceil(mean + 60 * sd + 20))
    inside_lo, inside_hi = max(lo, window_lo), min(hi, window_hi)
    chance = 0.0
    if inside_lo <= inside_hi:
        chance += sum(math.exp(log_pmf(picks, q, c)) for c in range(inside_lo, inside_hi + 1))
    for a, b in ((lo, min(hi, window_lo - 1)), (max(lo, window_hi + 1), hi)):
        if a <= b:
            nearest = b if b < mean else a
            chance += (b - a + 1) * math.exp(log_pmf(picks, q, nearest))
    return min(chance, 1.0)


def accepted_counts(picks, p, limit):
    """The counts c with picks * KL(c/picks || p) <= limit: an interval around picks * p."""
    centre = min(picks, max(0, round(picks * p)))

    def ok(c):
        return picks * divergence(c / picks, p) <= limit

    def edge(step):
        inside, outside = centre, centre + step * (picks + 1)
        while abs(outside - inside) > 1:  # ok(inside), not ok(outside) or off the range
            mid = (inside + outside) // 2
            if 0 <= mid <= picks and ok(mid):
                inside = mid
            else:
                outside = mid
        return inside

    return edge(-1), edge(+1)


def miss_probability(w, picks, q, out_of_range):
    """An upper bound on the chance that picks drawn from q pass the checker: each rule
    alone must pass, so the smallest chance among a few of the likeliest catches bounds
    the miss. Candidates: the indices and CDF points where q is most standard deviations
    away from the weights."""
    total = sum(w)
    misses = [(1 - out_of_range) ** picks]

    def z(q_share, p_share):
        return abs(q_share - p_share) / math.sqrt(max(q_share * (1 - q_share), 1e-12) / picks)

    p = [weight / total for weight in w]
    if len(w) > 1:
        limit = index_limit(len(w))
        worst = sorted(range(len(w)), key=lambda i: -z(q[i], p[i]))[:8]
        for i in worst:
            lo, hi = accepted_counts(picks, p[i], limit)
            misses.append(chance_in(picks, q[i], lo, hi))
        eps = cdf_limit(picks)
        for order in orders(w):
            shares, f, g = [], 0.0, 0.0
            for k in order[:-1]:
                f += p[k]
                g += q[k]
                shares.append((min(max(g, 0.0), 1.0), f))
            for g_k, f_k in sorted(shares, key=lambda s: -z(*s))[:8]:
                misses.append(chance_in(picks, g_k, math.ceil(picks * (f_k - eps) - 1e-9),
                                        math.floor(picks * (f_k + eps) + 1e-9)))
    return min(misses)


def write(name, w, picks, seed, report):
    assert 1 <= len(w) <= MAX_N and all(1 <= x <= MAX_WEIGHT for x in w)
    assert 1 <= picks <= MAX_PICKS
    expected = reference_picks(w, picks, random.Random(seed))
    counts = [0] * len(w)
    for i in expected:
        counts[i] += 1
    why = why_not_weighted(w, counts, picks)
    assert not why, f"{name}: the reference run fails the checker's rules: {why}"
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"operations": ["Solution"] + ["pickIndex"] * picks,
                   "arguments": [[w]] + [[]] * picks}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump([None] + expected, f, separators=(",", ":"))
        f.write("\n")
    # The bound's own check: picks that follow the weights pass (almost) surely.
    assert miss_probability(w, picks, [x / sum(w) for x in w], 0.0) > 1 - 1e-6, name
    misses = {model: miss_probability(w, picks, *build(w)) for model, build in MODELS.items()}
    report[name] = misses
    print(f"{name:28} n={len(w):<6} total={sum(w):<11} picks={picks:<6}" +
          "".join(f" {model}={miss:.0e}" for model, miss in misses.items()))


def main():
    rng = random.Random(528)
    report = {}
    write("single-max-weight", [MAX_WEIGHT], 1000, 1, report)
    write("two-equal", [1, 1], 2000, 2, report)
    write("two-light-last", [3, 1], 3000, 3, report)
    write("two-heavy-last", [1, 3], 3000, 4, report)
    write("increasing", [1, 2, 3, 4, 5], 3000, 5, report)
    write("decreasing", [5, 4, 3, 2, 1], 3000, 6, report)
    write("last-weight-one", [10, 20, 30, 1], 4000, 7, report)
    write("first-weight-one", [1, 10, 10, 10], 4000, 8, report)
    write("one-huge-middle", [1, 1, MAX_WEIGHT, 1, 1], 3000, 9, report)
    write("one-huge-first", [MAX_WEIGHT] + [1] * 99, 3000, 10, report)
    write("one-huge-last", [1] * 99 + [MAX_WEIGHT], 3000, 11, report)
    write("all-equal", [5] * 50, 3000, 12, report)
    write("powers-of-two", [2**k for k in range(17)], 4000, 13, report)
    write("alternating", [1, MAX_WEIGHT] * 500, 5000, 14, report)
    write("max-weight-pair", [MAX_WEIGHT, MAX_WEIGHT], 2000, 15, report)
    write("max-size-random", [rng.randint(1, MAX_WEIGHT) for _ in range(MAX_N)], MAX_PICKS, 16,
          report)
    write("max-size-max-weights", [MAX_WEIGHT] * MAX_N, MAX_PICKS, 17, report)
    write("max-size-all-ones", [1] * MAX_N, 10**4, 18, report)
    few_heavy = [1] * MAX_N
    for i in rng.sample(range(MAX_N), 10):
        few_heavy[i] = MAX_WEIGHT
    write("max-size-few-heavy", few_heavy, 10**4, 19, report)

    # Every wrong model must be caught for sure by some test (the solutions/ of each kind
    # then fail whatever their random numbers).
    for model in MODELS:
        best = min(report, key=lambda name: report[name][model])
        print(f"{model}: caught by {best}, missed with chance below {report[best][model]:.0e}")
        assert report[best][model] < 1e-12, model


if __name__ == "__main__":
    main()
