"""How long the complexity series adds to a submission: each submission is judged with its
budget and, in the same run, with --no-budget (the baseline); prints the medians, their
ratio and the series' own time (budget.elapsed_ms). The target: a whole submission with its
budget under 10 s for the shipped problems.
Usage: bench.py JUDGE REPETITIONS"""
import json
import statistics
import subprocess
import sys
import time

SUBMISSIONS = [
    ("two-sum", "accepted.cpp"),
    ("two-sum", "too-slow-brute-force.cpp"),
    ("two-sum", "accepted.py"),
    ("longest-increasing-subsequence", "accepted.cpp"),
    ("longest-increasing-subsequence", "too-slow-quadratic-dp.py"),
    ("three-sum", "too-slow-every-triple.cpp"),
]


def submit(judge, problem, solution, *extra):
    started = time.monotonic()
    run = subprocess.run([judge, "submit", problem, f"problems/{problem}/solutions/{solution}",
                          "--json", *extra], capture_output=True, text=True)
    seconds = time.monotonic() - started
    report = json.loads(run.stdout)
    return seconds, report


def main():
    judge, repetitions = sys.argv[1], int(sys.argv[2])
    # One untimed submission first: it fills the precompiled prelude's cache.
    submit(judge, "two-sum", "accepted.cpp", "--no-budget")
    print(f"budget-series: whole submissions with and without the series, median of {repetitions}")
    print(f"  {'submission':<52} {'no budget s':>11} {'budget s':>9} {'ratio':>6} "
          f"{'series s':>9}  verdict")
    worst = 0.0
    for problem, solution in SUBMISSIONS:
        plain, full, series = [], [], []
        verdict = ""
        for _ in range(repetitions):
            seconds, _ = submit(judge, problem, solution, "--no-budget")
            plain.append(seconds)
            seconds, report = submit(judge, problem, solution)
            full.append(seconds)
            series.append((report.get("budget") or {}).get("elapsed_ms", 0) / 1000)
            verdict = report["code"]
        p, f = statistics.median(plain), statistics.median(full)
        worst = max(worst, f)
        print(f"  {problem + '/' + solution:<52} {p:>11.2f} {f:>9.2f} {f / p:>6.2f} "
              f"{statistics.median(series):>9.2f}  {verdict}")
    print(f"  slowest submission with its budget: {worst:.2f} s (target: under 10 s)")


if __name__ == "__main__":
    main()
