#!/usr/bin/env python3
"""Writes the larger Binary Tree Maximum Path Sum tests (deterministic). Run from the
problem folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order]}) and tests/<name>.expected.json.
The answer is found on the tree as an undirected graph, rooted at a node picked at random
(not the tree's root), and again rooted at the root; both must agree. Trees of up to 200
nodes are also checked against every pair of end nodes. The script re-checks every inline
test of problem.yaml the same way."""
import json
import random

import yaml

N = 30_000
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


def graph(level):
    val, left, right = parse(level)
    adjacent = [[] for _ in val]
    for v in range(len(val)):
        for c in (left[v], right[v]):
            if c is not None:
                adjacent[v].append(c)
                adjacent[c].append(v)
    return val, adjacent


def best_rooted_at(val, adjacent, root):
    order, parent, stack = [], {root: None}, [root]
    while stack:
        v = stack.pop()
        order.append(v)
        for w in adjacent[v]:
            if w != parent[v]:
                parent[w] = v
                stack.append(w)
    gain, best = {}, max(val)
    for v in reversed(order):
        branches = sorted((max(0, gain[w]) for w in adjacent[v] if w != parent[v]), reverse=True)
        best = max(best, val[v] + sum(branches[:2]))
        gain[v] = val[v] + (branches[0] if branches else 0)
    return best


def every_pair(val, adjacent):
    best = max(val)
    for s in range(len(val)):
        total, stack = {s: val[s]}, [s]
        while stack:
            v = stack.pop()
            for w in adjacent[v]:
                if w not in total:
                    total[w] = total[v] + val[w]
                    stack.append(w)
        best = max(best, max(total.values()))
    return best


def answer(level, rng=random.Random(0)):
    val, adjacent = graph(level)
    result = best_rooted_at(val, adjacent, rng.randrange(len(val)))
    assert result == best_rooted_at(val, adjacent, 0)
    if len(val) <= 200:
        assert result == every_pair(val, adjacent)
    return result


def write(name, val, left, right):
    assert 1 <= len(val) <= N and all(-1000 <= v <= 1000 for v in val)
    level = level_order(val, left, right)
    result = answer(level)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        f.write(json.dumps(result) + "\n")
    print(name, "n =", len(val), "depth", depth_of(left, right), "->", result)


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root = test["input"]["root"]
            assert 1 <= sum(v is not None for v in root) <= N, test["name"]
            assert all(v is None or -1000 <= v <= 1000 for v in root), test["name"]
            assert answer(root) == test["expected"], (test["name"], answer(root))
    print("inline tests ok")


def values(rng, n, low=-1000, high=1000):
    return [rng.randint(low, high) for _ in range(n)]


def main():
    rng = random.Random(124)
    # Chains stay at 1200 nodes (past Python's default recursion limit), so that a correct
    # O(n * h) solution passes; the budget series uses longer chains.
    write("chain-zigzag", values(rng, 1200), *shape(rng, 1200, "path"))
    write("chain-mostly-negative", values(rng, 1200, -1000, 50), *shape(rng, 1200, "left"))
    write("max-size-random", values(rng, N), *shape(rng, N, "random"))
    write("max-size-all-negative", values(rng, N, -1000, -1), *shape(rng, N, "random"))
    write("max-size-balanced-positive", values(rng, N, 0, 1000), *shape(rng, N, "balanced"))
    write("max-size-mostly-negative", values(rng, N, -1000, 100), *shape(rng, N, "random"))
    check_inline()


if __name__ == "__main__":
    main()
