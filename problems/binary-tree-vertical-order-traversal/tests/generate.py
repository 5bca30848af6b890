#!/usr/bin/env python3
"""Writes the larger Binary Tree Vertical Order Traversal tests (deterministic). Run from the
problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order]}) and tests/<name>.expected.json.
The answer is found independently of the solutions' queue walk: every node gets its
(column, row) by a pre-order walk, and its position in LeetCode's level order, which is
the order the parser creates the nodes in; sorting the nodes by (column, row, position)
gives the answer. The script also re-checks every inline test of problem.yaml."""
import json
import random
import sys

import yaml

N = 100
V = 100
# --- tree helpers (the same in every tree problem's generate.py) -------------------------
# A tree is three lists indexed by node id, 0 being the root: val, left, right (None for no
# child). LeetCode's level order writes it with None for missing children.


def parse(level):
    """LeetCode's level order -> (val, left, right); node ids follow the level order."""
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
# ------------------------------------------------------------------------------------------


def vertical(level):
    val, left, right = parse(level)
    cells = []  # (column, row, level-order position, value)

    def walk(node, col, row):
        if node is None:
            return
        cells.append((col, row, node, val[node]))
        walk(left[node], col - 1, row + 1)
        walk(right[node], col + 1, row + 1)

    if val:
        walk(0, 0, 0)
    cells.sort()
    columns = []
    for i, (col, _, _, v) in enumerate(cells):
        if i == 0 or cells[i - 1][0] != col:
            columns.append([])
        columns[-1].append(v)
    return columns


def write(name, val, left, right):
    assert 0 <= len(val) <= N and all(-V <= v <= V for v in val)
    level = level_order(val, left, right)
    answer = vertical(level)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(answer, f, separators=(",", ":"))
        f.write("\n")
    shared = sum(len(c) for c in answer) - len(answer)
    print(name, "n =", len(val), "->", len(answer), "columns,", shared, "nodes share a column")


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root = test["input"]["root"]
            assert sum(v is not None for v in root) <= N, test["name"]
            assert all(v is None or -V <= v <= V for v in root), test["name"]
            assert vertical(root) == test["expected"], (test["name"], vertical(root))
    print("inline tests ok")


def values(rng, n, low=-V, high=V):
    return [rng.randint(low, high) for _ in range(n)]


def main():
    sys.setrecursionlimit(10_000)
    rng = random.Random(314)
    write("chain-zigzag", values(rng, N), *shape(rng, N, "path"))
    write("max-size-left-chain", values(rng, N), *shape(rng, N, "left"))
    write("max-size-random", values(rng, N), *shape(rng, N, "random"))
    write("max-size-balanced", values(rng, N), *shape(rng, N, "balanced"))
    write("max-size-few-values", values(rng, N, -1, 1), *shape(rng, N, "random"))
    check_inline()


if __name__ == "__main__":
    main()
