#!/usr/bin/env python3
"""Writes the larger Binary Tree Right Side View tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order]}) and tests/<name>.expected.json,
the view found by a pre-order walk (left before right) in which a later node at the same
depth overwrites an earlier one: an independent method, not a breadth-first search. The
script also re-checks every inline test of problem.yaml the same way."""
import json
import random

import yaml

N = 100
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


def view_of(level):
    val, left, right = parse(level)
    seen = {}
    stack = [(0, 0)] if val else []
    while stack:
        node, depth = stack.pop()
        seen[depth] = val[node]  # pre-order, left first: the last one written is rightmost
        for child in (right[node], left[node]):
            if child is not None:
                stack.append((child, depth + 1))
    return [seen[d] for d in range(len(seen))]


def write(name, val, left, right):
    assert 0 <= len(val) <= N and all(-100 <= v <= 100 for v in val)
    level = level_order(val, left, right)
    answer = view_of(level)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(answer, f, separators=(",", ":"))
        f.write("\n")
    print(name, "n =", len(val), "depth", depth_of(left, right), "->", answer[:8], "...")


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root = test["input"]["root"]
            assert sum(v is not None for v in root) <= N, test["name"]
            assert view_of(root) == test["expected"], (test["name"], view_of(root))
    print("inline tests ok")


def values(rng, n):
    return [rng.randint(-100, 100) for _ in range(n)]


def main():
    rng = random.Random(199)
    write("max-size-random", values(rng, N), *shape(rng, N, "random"))
    write("max-size-balanced", values(rng, N), *shape(rng, N, "balanced"))
    write("max-size-left-chain", values(rng, N), *shape(rng, N, "left"))
    write("max-size-zigzag-chain", values(rng, N), *shape(rng, N, "path"))
    # The root's right child is a leaf; everything else hangs in a random left subtree, so
    # all levels below the second are seen through it.
    n = N
    sub_left, sub_right = shape(rng, n - 2, "random")
    left = [1] + [None if c is None else c + 1 for c in sub_left] + [None]
    right = [n - 1] + [None if c is None else c + 1 for c in sub_right] + [None]
    write("max-size-deep-left-subtree", values(rng, n), left, right)
    check_inline()


if __name__ == "__main__":
    main()
