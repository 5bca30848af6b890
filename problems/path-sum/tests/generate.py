#!/usr/bin/env python3
"""Writes the larger Path Sum tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order], "targetSum": t}) and
tests/<name>.expected.json, the answer found by listing every root-to-leaf sum. The script
also re-checks every inline test of problem.yaml the same way."""
import json
import random

import yaml

N = 5000
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


def leaf_sums(val, left, right):
    """Every root-to-leaf sum, with the depth of its leaf."""
    out = []
    stack = [(0, val[0], 1)] if val else []
    while stack:
        node, total, depth = stack.pop()
        if left[node] is None and right[node] is None:
            out.append((total, depth))
        for child in (left[node], right[node]):
            if child is not None:
                stack.append((child, total + val[child], depth + 1))
    return out


def answer(level, target):
    return any(total == target for total, _ in leaf_sums(*parse(level)))


def write(name, val, left, right, target):
    assert 0 <= len(val) <= N and all(-1000 <= v <= 1000 for v in val)
    assert -1000 <= target <= 1000
    level = level_order(val, left, right)
    result = answer(level, target)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level, "targetSum": target}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        f.write(json.dumps(result) + "\n")
    print(name, "n =", len(val), "depth", depth_of(left, right), "target", target, "->", result)
    return result


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root, target = test["input"]["root"], test["input"]["targetSum"]
            assert sum(v is not None for v in root) <= N and -1000 <= target <= 1000
            assert all(v is None or -1000 <= v <= 1000 for v in root), test["name"]
            assert answer(root, target) == test["expected"], (test["name"], answer(root, target))
    print("inline tests ok")


def values(rng, n):
    return [rng.randint(-1000, 1000) for _ in range(n)]


def main():
    rng = random.Random(112)

    # A chain 5000 levels deep whose one path sums to the target: the walk is steered so
    # that every prefix sum stays small, then the last value closes the gap.
    left, right = shape(rng, N, "path")
    val, total = [], 0
    for _ in range(N - 1):
        v = rng.randint(-1000, 0) if total > 0 else rng.randint(0, 1000)
        val.append(v)
        total += v
    target = rng.randint(-1000, 1000)
    val.append(target - total)
    assert write("max-size-chain-found", val, left, right, target)

    # The same chain, target one off: false.
    assert not write("max-size-chain-missed", val, left, right, target + 1 if target < 1000 else target - 1)

    # A random tree: the target is the sum of the deepest leaf whose sum is in range, and no
    # other leaf has that sum.
    left, right = shape(rng, N, "random")
    val = values(rng, N)
    sums = leaf_sums(val, left, right)
    count = {}
    for total, _ in sums:
        count[total] = count.get(total, 0) + 1
    total, depth = max((s for s in sums if -1000 <= s[0] <= 1000 and count[s[0]] == 1),
                       key=lambda s: s[1])
    assert write("max-size-random-found", val, left, right, total)

    # A complete tree 13 levels deep with every value at least 100: each leaf sum is over
    # 1000, so the target 1000 is missed (partial sums reach it halfway down).
    left, right = shape(rng, N, "balanced")
    val = [rng.randint(100, 1000) for _ in range(N)]
    assert not write("max-size-balanced-missed", val, left, right, 1000)
    check_inline()


if __name__ == "__main__":
    main()
