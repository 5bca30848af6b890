#!/usr/bin/env python3
"""Writes the harness-parse benchmark problem into the folder given as argv[1]: one case per
input shape, each of 10^6 elements, with a LeetCode-style solution doing real work on it
(sorting, a tree walk, hashing), which is the baseline the parse time is compared with."""
import json
import os
import random
import shutil
import sys

N = 10**6
here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
os.makedirs(os.path.join(out, "tests"), exist_ok=True)
shutil.copytree(os.path.join(here, "solutions"), os.path.join(out, "solutions"), dirs_exist_ok=True)
random.seed(20261123)

ints = [random.randint(-10**9, 10**9) for _ in range(N)]
# A random binary tree in level order: each slot is a node with probability 0.7.
tree = [random.randint(-10**4, 10**4)]
slots, nodes = 2, 1
while nodes < N:
    value = random.randint(-10**4, 10**4) if random.random() < 0.7 else None
    tree.append(value)
    if value is not None:
        nodes += 1
words = ["".join(random.choice("abcdefghij") for _ in range(random.randint(1, 10)))
         for _ in range(N)]


def tree_sum(level_order):
    return sum(v for v in level_order if v is not None)


cases = [
    ("ints", {"kind": 0, "nums": ints, "root": [], "words": []}, len(set(ints))),
    ("tree", {"kind": 1, "nums": [], "root": tree, "words": []}, tree_sum(tree)),
    ("words", {"kind": 2, "nums": [], "root": [], "words": words}, len(set(words))),
]
tests = []
for name, data, expected in cases:
    with open(os.path.join(out, "tests", name + ".json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
    tests.append(f"  - name: {name}\n    input_file: tests/{name}.json\n    expected: {expected}\n")

with open(os.path.join(out, "problem.yaml"), "w") as f:
    f.write("""id: %s
title: Harness parse benchmark
difficulty: easy
mode: function
signature:
  method: work
  params:
    - {name: kind, type: int}
    - {name: nums, type: "list<int>"}
    - {name: root, type: TreeNode}
    - {name: words, type: "list<string>"}
  returns: long
limits: {time: 10s, memory: 1GiB}
tests:
%s
solutions:
  - {file: solutions/work.cpp, expect: accepted}
""" % (os.path.basename(os.path.normpath(out)), "".join(tests)))
with open(os.path.join(out, "statement.md"), "w") as f:
    f.write("Benchmark only.\n")
