#!/usr/bin/env python3
"""Writes the larger Diameter of Binary Tree tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order]}) and tests/<name>.expected.json,
the diameter found by two breadth-first searches over the tree as an undirected graph (the
farthest node from any node is one end of a longest path): an independent method, not the
heights. Small trees are also checked against a search from every node. The script
re-checks every inline test of problem.yaml the same way."""
import json
import random
from collections import deque

import yaml

N = 10_000
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


def farthest(adjacent, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for other in adjacent[node]:
            if other not in dist:
                dist[other] = dist[node] + 1
                queue.append(other)
    end = max(dist, key=dist.get)
    return end, dist[end]


def diameter(level):
    val, left, right = parse(level)
    adjacent = [[] for _ in val]
    for node in range(len(val)):
        for child in (left[node], right[node]):
            if child is not None:
                adjacent[node].append(child)
                adjacent[child].append(node)
    end, _ = farthest(adjacent, 0)
    _, best = farthest(adjacent, end)
    if len(val) <= 300:
        assert best == max(farthest(adjacent, s)[1] for s in range(len(val)))
    return best


def write(name, val, left, right):
    assert 1 <= len(val) <= N and all(-100 <= v <= 100 for v in val)
    level = level_order(val, left, right)
    answer = diameter(level)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        f.write(json.dumps(answer) + "\n")
    print(name, "n =", len(val), "depth", depth_of(left, right), "->", answer)


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root = test["input"]["root"]
            assert 1 <= sum(v is not None for v in root) <= N, test["name"]
            assert diameter(root) == test["expected"], (test["name"], diameter(root))
    print("inline tests ok")


def values(rng, n):
    return [rng.randint(-100, 100) for _ in range(n)]


def main():
    rng = random.Random(543)
    # Chains stay at 1200 nodes: deeper than Python's default recursion limit, but short
    # enough that a correct O(n^2) solution passes; the budget series uses longer chains.
    write("chain-zigzag", values(rng, 1200), *shape(rng, 1200, "path"))
    write("chain-left", values(rng, 1200), *shape(rng, 1200, "left"))
    # Arms of 500 and 499 nodes hanging from the root's left child; the root's right subtree
    # is a single node. The longest path (999 edges) does not pass through the root.
    n = 1002
    left, right = [None] * n, [None] * n
    left[0], right[0] = 1, n - 1
    prev = 1
    for i in range(2, 502):
        left[prev] = i
        prev = i
    prev = 1
    for i in range(502, 1001):
        right[prev] = i
        prev = i
    write("two-arms-below-root", values(rng, n), left, right)
    write("max-size-random", values(rng, N), *shape(rng, N, "random"))
    write("max-size-balanced", values(rng, N), *shape(rng, N, "balanced"))
    check_inline()


if __name__ == "__main__":
    main()
