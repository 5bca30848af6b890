#!/usr/bin/env python3
"""Python start-up benchmark, every figure measured in this run, on this machine:
  judge        `judge submit` of a 10-case function-mode problem, end to end (the judge's
               own start, its zygote, the syntax check, one sandboxed batch, the report);
  per-case     one `python3` process per test case, with LeetCode's prelude (how judges
               that start an interpreter per test run Python);
  bare         one `python3` process running all ten cases with the same prelude (the
               least any Python judge can do), no sandbox;
  fork         a zygote child running a trivial stdio program (a-plus-b, per case wall).
The bench's own solution is trusted code; candidate code never runs outside the sandbox.
Usage: bench.py JUDGE_BINARY PRELUDE_FILE REPETITIONS"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

judge, prelude_file, repetitions = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3])
prelude = open(prelude_file).read()
PYTHON = "/usr/bin/python3"

SOLUTION = '''class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
'''
CASES = [([i, 100 + i, 7, 3 * i + 1], 107 + i) for i in range(10)]


def expected(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]


def write_problem(folder):
    os.makedirs(os.path.join(folder, "solutions"))
    with open(os.path.join(folder, "statement.md"), "w") as f:
        f.write("Benchmark only.\n")
    with open(os.path.join(folder, "solutions", "solution.py"), "w") as f:
        f.write(SOLUTION)
    tests = "".join(
        f"  - {{name: case-{k}, input: {{nums: {nums}, target: {target}}}, expected: {expected(nums, target)}}}\n"
        for k, (nums, target) in enumerate(CASES))
    with open(os.path.join(folder, "problem.yaml"), "w") as f:
        f.write(f"""id: {os.path.basename(folder)}
title: Python start-up benchmark
difficulty: easy
mode: function
signature:
  method: twoSum
  params: [{{name: nums, type: "list<int>"}}, {{name: target, type: int}}]
  returns: "list<int>"
checker: any_order
tests:
{tests}""")


def driver(cases):
    calls = "".join(f"print(Solution().twoSum({nums}, {target}))\n" for nums, target in cases)
    return prelude + "\n" + SOLUTION + "\n" + calls


def timed(run):
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


with tempfile.TemporaryDirectory() as work:
    problem = os.path.join(work, "python-startup")
    write_problem(problem)
    solution = os.path.join(problem, "solutions", "solution.py")

    # Every process starts in the same neutral folder: a python3 started in a source tree
    # searches it first on every import (the current folder leads sys.path with -c).
    def judge_run():
        out = subprocess.run([judge, "submit", problem, solution, "--json"], capture_output=True, text=True,
                             cwd=work)
        if json.loads(out.stdout)["verdict"] != "accepted":
            sys.exit("bench: the judge did not accept the benchmark solution:\n" + out.stdout)

    def per_case_run():
        for case in CASES:
            subprocess.run([PYTHON, "-c", driver([case])], check=True, capture_output=True, cwd=work)

    def bare_run():
        subprocess.run([PYTHON, "-c", driver(CASES)], check=True, capture_output=True, cwd=work)

    # The three take turns, so a slow spell of this machine falls on all of them alike;
    # the ratios are medians of the ratios within each turn.
    turns = [(timed(judge_run), timed(per_case_run), timed(bare_run)) for _ in range(repetitions)]
    judge_s, per_case_s, bare_s = (statistics.median(turn[k] for turn in turns) for k in range(3))
    per_case_ratio = statistics.median(j / p for j, p, _ in turns)
    bare_ratio = statistics.median(j / b for j, _, b in turns)

    apb = subprocess.run([judge, "submit", "a-plus-b", os.path.join(os.path.dirname(__file__), "a_plus_b.py"),
                          "--json"], capture_output=True, text=True)
    fork_ms = statistics.median(c["wall_time_us"] for c in json.loads(apb.stdout)["cases"]) / 1000

print(f"python-startup: a 10-case submission, median of {repetitions} runs")
print(f"  judge submit (zygote)     {judge_s * 1000:8.1f} ms")
print(f"  python3 per test case     {per_case_s * 1000:8.1f} ms   judge/per-case = {per_case_ratio:.2f} (target <= 0.50)")
print(f"  one bare python3 run      {bare_s * 1000:8.1f} ms   judge/bare     = {bare_ratio:.2f} (target <= 1.20)")
print(f"  zygote child, fork to exit of a trivial stdio run: {fork_ms:.1f} ms (median per case; "
      f"wall time as the supervisor sees it)")
