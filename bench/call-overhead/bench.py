#!/usr/bin/env python3
"""Function-mode per-case overhead: `judge submit` of an empty method (it returns its
argument) over 10,000 cases and over 10, in C++ and in Python, in turns; the overhead per
case is the difference divided by the 9,990 extra cases: encoding each case, calling, the
result's record, checking it, the report's line.
Usage: bench.py JUDGE_BINARY REPETITIONS"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

judge, repetitions = os.path.abspath(sys.argv[1]), int(sys.argv[2])
SOLUTIONS = {
    "cpp": "class Solution {\npublic:\n    int echo(int x) { return x; }\n};\n",
    "py": "class Solution:\n    def echo(self, x: int) -> int:\n        return x\n",
}


def write_problem(folder, count):
    os.makedirs(os.path.join(folder, "solutions"))
    with open(os.path.join(folder, "statement.md"), "w") as f:
        f.write("Benchmark only.\n")
    for language, text in SOLUTIONS.items():
        with open(os.path.join(folder, "solutions", f"echo.{language}"), "w") as f:
            f.write(text)
    tests = "".join(f"  - {{name: c{k}, input: {{x: {k}}}, expected: {k}}}\n" for k in range(count))
    with open(os.path.join(folder, "problem.yaml"), "w") as f:
        f.write(f"id: {os.path.basename(folder)}\ntitle: Call overhead benchmark\ndifficulty: easy\n"
                f"mode: function\nsignature:\n  method: echo\n  params: [{{name: x, type: int}}]\n"
                f"  returns: int\ntests:\n{tests}")


def timed(problem, language):
    started = time.perf_counter()
    out = subprocess.run([judge, "submit", problem, os.path.join(problem, "solutions", f"echo.{language}"),
                          "--json"], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if json.loads(out.stdout or "{}").get("verdict") != "accepted":
        sys.exit("bench: the judge did not accept the echo solution:\n" + out.stdout[:2000] + out.stderr)
    return elapsed


with tempfile.TemporaryDirectory() as work:
    few, many = os.path.join(work, "echo-10"), os.path.join(work, "echo-10000")
    write_problem(few, 10)
    write_problem(many, 10000)
    print(f"call-overhead: an empty method, 10,000 cases against 10, median of {repetitions} turns")
    for language in SOLUTIONS:
        timed(few, language)  # the C++ build is cached from here on, for both problems alike
        timed(many, language)
        turns = [(timed(few, language), timed(many, language)) for _ in range(repetitions)]
        per_case_us = statistics.median((m - f) / 9990 for f, m in turns) * 1e6
        print(f"  {language:<4} 10 cases {statistics.median(f for f, _ in turns) * 1000:7.1f} ms   "
              f"10,000 cases {statistics.median(m for _, m in turns) * 1000:8.1f} ms   "
              f"per case {per_case_us:6.1f} us (target <= 50)")
