#!/usr/bin/env python3
"""Writes the 10^5-node Lowest Common Ancestor tests (deterministic). Run from the
problem folder: python3 tests/generate.py. Each file is {"root": [level order with
nulls], "p": val, "q": val}; the expected vals are printed and written inline in
problem.yaml."""
import json
import random
from collections import deque

N = 100_000


def level_order(val, left, right, root):
    """LeetCode's level order with nulls, trailing nulls dropped. Children are dicts."""
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(val[node])
        queue.append(left.get(node))
        queue.append(right.get(node))
    while out[-1] is None:
        out.pop()
    return out


def lca(parent, p, q):
    """The first ancestor of q (itself included) that is also an ancestor of p."""
    ancestors = set()
    while p is not None:
        ancestors.add(p)
        p = parent.get(p)
    while q not in ancestors:
        q = parent[q]
    return q


def write(name, val, left, right, parent, p, q):
    assert len(val) == N and len(set(val)) == N
    assert all(-10**9 <= v <= 10**9 for v in val) and p != q
    tree = level_order(val, left, right, 0)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": tree, "p": val[p], "q": val[q]}, f, separators=(",", ":"))
        f.write("\n")
    print(name, "p =", val[p], "q =", val[q], "expected", val[lca(parent, p, q)])


def main():
    rng = random.Random(236)

    # Random shape: node i hangs from a random free child slot of an earlier node.
    # Values are distinct and random in [-10^9, 10^9], so the tree is no search tree.
    val = rng.sample(range(-10**9, 10**9 + 1), N)
    left, right, parent = {}, {}, {}
    free = [(0, 0), (0, 1)]
    for i in range(1, N):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        node, side = free.pop()
        (left if side == 0 else right)[node] = i
        parent[i] = node
        free += [(i, 0), (i, 1)]
    # p is the deepest node; q the deepest node whose common ancestor with p is neither of
    # them and lies at least 3 levels below the root.
    depth = [0] * N
    for i in range(1, N):
        depth[i] = depth[parent[i]] + 1
    by_depth = sorted(range(1, N), key=lambda i: -depth[i])
    p = by_depth[0]
    q = next(i for i in by_depth[1:]
             if lca(parent, p, i) not in (p, i) and depth[lca(parent, p, i)] >= 3)
    write("max-size-random", val, left, right, parent, p, q)

    # A chain of 10^5 nodes that zigzags at random between left and right children; p is
    # the deepest node and q sits halfway down, so the answer is q.
    val = rng.sample(range(1, N + 1), N)
    left, right, parent = {}, {}, {}
    for i in range(1, N):
        (left if rng.random() < 0.5 else right)[i - 1] = i
        parent[i] = i - 1
    write("max-size-skewed", val, left, right, parent, N - 1, N // 2)


if __name__ == "__main__":
    main()
