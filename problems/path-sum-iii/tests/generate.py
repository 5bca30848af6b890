#!/usr/bin/env python3
"""Writes the larger Path Sum III tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order], "targetSum": t}) and
tests/<name>.expected.json, the count found by walking down from every node (a brute force,
not prefix sums). The script also re-checks every inline test of problem.yaml the same way."""
import json
import random

import yaml

N = 1000
BIG = 10**9
# --- tree helpers (the same in every tree problem's generate.py) -------------------------
# A tree is three lists indexed by node id, 0 being the root: val, left, right (None for no
# child). LeetCode's level order writes it with None for missing children.


def parse(level):
    """LeetCode's level order -> (val, left, right)."""
    val, left, right = [], [], []
    if not level:
        return val, left, right

    def new(v):
        val.append(v)
        left.append(None)
        right.append(None)
        return len(val) - 1

    new(level[0])
    queue, i, head = [0], 1, 0
    while head < len(queue) and i < len(level):
        node = queue[head]
        head += 1
        for side in (left, right):
            if i < len(level):
                if level[i] is not None:
                    side[node] = new(level[i])
                    queue.append(side[node])
                i += 1
    return val, left, right


def level_order(val, left, right):
    """(val, left, right) -> LeetCode's level order, trailing Nones dropped."""
    if not val:
        return []
    out, queue, head = [], [0], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        out.append(val[node])
        queue.append(left[node])
        queue.append(right[node])
    while out[-1] is None:
        out.pop()
    return out


def shape(rng, n, kind):
    """Child lists of an n-node tree: 'random' (a free child slot picked uniformly for each
    new node), 'balanced' (complete), 'path' (each node hangs left or right at random from
    the one before), 'left' or 'right' (a chain on one side)."""
    left, right = [None] * n, [None] * n
    if kind == "random":
        free = [(0, 0), (0, 1)]
        for i in range(1, n):
            k = rng.randrange(len(free))
            free[k], free[-1] = free[-1], free[k]
            node, side = free.pop()
            (left if side == 0 else right)[node] = i
            free += [(i, 0), (i, 1)]
    elif kind == "balanced":
        for i in range(1, n):
            ((left, right)[(i - 1) % 2])[(i - 1) // 2] = i
    else:
        for i in range(1, n):
            side = {"left": 0, "right": 1}.get(kind) if kind != "path" else rng.randrange(2)
            (left if side == 0 else right)[i - 1] = i
    return left, right


def depth_of(left, right):
    """The number of nodes on the longest root-to-leaf path."""
    if not left:
        return 0
    best, stack = 0, [(0, 1)]
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for child in (left[node], right[node]):
            if child is not None:
                stack.append((child, d + 1))
    return best
# ------------------------------------------------------------------------------------------


def count_paths(level, target):
    val, left, right = parse(level)
    count = 0
    for start in range(len(val)):
        stack = [(start, val[start])]
        while stack:
            node, total = stack.pop()
            count += total == target
            for child in (left[node], right[node]):
                if child is not None:
                    stack.append((child, total + val[child]))
    return count


def write(name, val, left, right, target):
    assert 0 <= len(val) <= N and all(-BIG <= v <= BIG for v in val)
    assert -1000 <= target <= 1000
    level = level_order(val, left, right)
    answer = count_paths(level, target)
    assert answer < 2**31
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level, "targetSum": target}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        f.write(json.dumps(answer) + "\n")
    print(name, "n =", len(val), "depth", depth_of(left, right), "target", target, "->", answer)


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root, target = test["input"]["root"], test["input"]["targetSum"]
            assert sum(v is not None for v in root) <= N and -1000 <= target <= 1000
            assert all(v is None or -BIG <= v <= BIG for v in root), test["name"]
            got = count_paths(root, target)
            assert got == test["expected"], (test["name"], got)
    print("inline tests ok")


def main():
    rng = random.Random(437)
    # Chains of the largest size, 1000 levels deep (past Python's default recursion limit).
    write("max-size-chain-small-values", [rng.randint(-3, 3) for _ in range(N)],
          *shape(rng, N, "path"), 0)
    write("max-size-random-small-values", [rng.randint(-10, 10) for _ in range(N)],
          *shape(rng, N, "random"), 5)
    write("max-size-balanced-zeros", [0] * N, *shape(rng, N, "balanced"), 0)
    # Values from a few large ones whose sums wrap around in 32 bits onto the target.
    pool = [BIG, -BIG, 294967296, -294967296, 294967301, 7, 0]
    write("max-size-chain-overflow", [rng.choice(pool) for _ in range(N)],
          *shape(rng, N, "path"), 7)
    write("max-size-random-overflow", [rng.choice(pool) for _ in range(N)],
          *shape(rng, N, "random"), 0)
    check_inline()


if __name__ == "__main__":
    main()
