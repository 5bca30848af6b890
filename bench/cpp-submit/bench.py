#!/usr/bin/env python3
"""C++ submission benchmark, every figure measured in this run, on this machine, in turns:
  plain   `g++ -std=gnu++20 -O2` of the solution, then a shell loop that runs it on each
          case's input and compares the output (what a candidate without a judge does; no
          sandbox);
  cold    `judge submit` of a source never built before: no build to reuse, but the cache
          holds what is built once per compiler and flag set (the precompiled prelude);
  first   `judge submit` with an empty cache, as on the very first submission: the
          prelude is precompiled first;
  warm    `judge submit` of the same, unchanged source (its build comes from the cache).
The solution is the bench's own trusted code; candidate code never runs outside the sandbox.
Usage: bench.py JUDGE_BINARY REPETITIONS"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

judge, repetitions = os.path.abspath(sys.argv[1]), int(sys.argv[2])
SOLUTION = r'''#include <bits/stdc++.h>
using namespace std;
int main() {
    long long total = 0, x;
    while (cin >> x) total += x;
    cout << total << "\n";
}
'''
CASES = [" ".join(str(i * k) for k in range(1, 50)) for i in range(10)]


def write_problem(folder):
    os.makedirs(os.path.join(folder, "solutions"))
    with open(os.path.join(folder, "statement.md"), "w") as f:
        f.write("Benchmark only.\n")
    with open(os.path.join(folder, "solutions", "solution.cpp"), "w") as f:
        f.write(SOLUTION)
    tests = "".join(f"  - {{name: case-{k}, input: \"{case}\\n\", output: \"{sum(map(int, case.split()))}\\n\"}}\n"
                    for k, case in enumerate(CASES))
    with open(os.path.join(folder, "problem.yaml"), "w") as f:
        f.write(f"id: {os.path.basename(folder)}\ntitle: C++ submit benchmark\ndifficulty: easy\n"
                f"mode: stdio\ntests:\n{tests}")
    os.makedirs(os.path.join(folder, "plain"))
    for k, case in enumerate(CASES):
        with open(os.path.join(folder, "plain", f"{k}.in"), "w") as f:
            f.write(case + "\n")
        with open(os.path.join(folder, "plain", f"{k}.out"), "w") as f:
            f.write(f"{sum(map(int, case.split()))}\n")


def timed(run):
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


with tempfile.TemporaryDirectory() as work:
    # Under root the sandboxed compiler runs as nobody, and reaches the precompiled prelude
    # in the caches below only through folders that let others pass (runners/CacheDir.h);
    # a private work folder would send every compile to the real header.
    os.chmod(work, 0o711)
    problem = os.path.join(work, "cpp-submit")
    write_problem(problem)
    solution = os.path.join(problem, "solutions", "solution.cpp")
    warm_cache = os.path.join(work, "warm-cache")
    os.mkdir(warm_cache, 0o700)

    def submit(cache):
        out = subprocess.run([judge, "submit", problem, solution, "--json"], capture_output=True,
                             text=True, cwd=work, env=dict(os.environ, JUDGE_CACHE_DIR=cache))
        report = json.loads(out.stdout)
        if report["verdict"] != "accepted":
            sys.exit("bench: the judge did not accept the benchmark solution:\n" + out.stdout)
        return report["build_cached"]

    def empty_cache():
        return tempfile.mkdtemp(dir=work)

    def cache_with_prelude():
        # The warm cache's precompiled prelude, hard-linked (it is over 100 MB), no build.
        cache = empty_cache()
        shutil.copytree(os.path.join(warm_cache, "pch"), os.path.join(cache, "pch"),
                        copy_function=os.link)
        return cache

    def cold_in(cache):
        if submit(cache):
            sys.exit("bench: a cold submit found a build")

    def warm():
        if not submit(warm_cache):
            sys.exit("bench: a warm submit compiled")

    def plain():
        subprocess.run(["g++", "-std=gnu++20", "-O2", "-o", "prog", solution], check=True, cwd=work)
        subprocess.run(["sh", "-c", "for f in plain/*.in; do ./../prog < $f > out.txt && "
                        "cmp -s out.txt ${f%.in}.out || exit 1; done"], check=True,
                       cwd=problem)

    submit(warm_cache)  # primes the warm cache, its prelude included
    turns = []
    for _ in range(repetitions):
        cold_cache, first_cache = cache_with_prelude(), empty_cache()
        turns.append((timed(plain), timed(lambda: cold_in(cold_cache)),
                      timed(lambda: cold_in(first_cache)), timed(warm)))
        for cache in (cold_cache, first_cache):
            shutil.rmtree(cache)
    plain_s, cold_s, first_s, warm_s = (statistics.median(turn[k] for turn in turns)
                                        for k in range(4))
    cold_ratio = statistics.median(turn[1] / turn[0] for turn in turns)
    first_ratio = statistics.median(turn[2] / turn[0] for turn in turns)

print(f"cpp-submit: a 10-case stdio submission (bits/stdc++.h), median of {repetitions} turns")
print(f"  plain g++ -O2 + shell loop  {plain_s * 1000:8.1f} ms")
print(f"  judge submit, cold          {cold_s * 1000:8.1f} ms   cold/plain = {cold_ratio:.2f} (target <= 0.40)")
print(f"  judge submit, first ever    {first_s * 1000:8.1f} ms   first/plain = {first_ratio:.2f} (prelude precompiled first)")
print(f"  judge submit, warm          {warm_s * 1000:8.1f} ms   (target <= 100 ms)")
