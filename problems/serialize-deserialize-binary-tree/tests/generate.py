#!/usr/bin/env python3
"""Writes the 10^4-node Serialize and Deserialize Binary Tree tests (deterministic). Run
from the problem folder: python3 tests/generate.py. Each input file is {"root": [level
order with nulls]}; the expected tree is the input tree itself, written to the matching
.expected.json file."""
import json
import random
from collections import deque

N = 10_000
LIMIT = 1000


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
    while out and out[-1] is None:
        out.pop()
    return out


def parse(tree):
    """Inverse of level_order: (val, left, right) with node i the i-th non-null entry."""
    val, left, right = [], {}, {}
    if not tree:
        return val, left, right
    val.append(tree[0])
    queue, i = deque([0]), 1
    while queue and i < len(tree):
        node = queue.popleft()
        for side in (left, right):
            if i < len(tree) and tree[i] is not None:
                side[node] = len(val)
                val.append(tree[i])
                queue.append(len(val) - 1)
            i += 1
    return val, left, right


def write(name, val, left, right):
    assert len(val) == N and all(-LIMIT <= v <= LIMIT for v in val)
    tree = level_order(val, left, right, 0)
    assert level_order(*parse(tree), 0) == tree and len(parse(tree)[0]) == N
    for suffix, data in ((".json", {"root": tree}), (".expected.json", tree)):
        with open(f"tests/{name}{suffix}", "w") as f:
            json.dump(data, f, separators=(",", ":"))
            f.write("\n")
    depth = {0: 0}
    for node in range(N):  # children always have larger numbers than their parent here
        for side in (left, right):
            if node in side:
                depth[side[node]] = depth[node] + 1
    print(name, len(tree), "entries, height", max(depth.values()) + 1)


def main():
    rng = random.Random(297)

    # Random shape: node i hangs from a random free child slot of an earlier node. Values
    # from the whole range [-1000, 1000], so many repeat.
    val = [rng.randint(-LIMIT, LIMIT) for _ in range(N)]
    left, right = {}, {}
    free = [(0, 0), (0, 1)]
    for i in range(1, N):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        node, side = free.pop()
        (left if side == 0 else right)[node] = i
        free += [(i, 0), (i, 1)]
    write("max-size-random", val, left, right)

    # A chain of 10^4 nodes that zigzags at random between left and right children:
    # 10^4 levels deep, with a null beside every node.
    val = [rng.randint(-LIMIT, LIMIT) for _ in range(N)]
    left, right = {}, {}
    for i in range(1, N):
        (left if rng.random() < 0.5 else right)[i - 1] = i
    write("max-size-chain", val, left, right)

    # A complete tree: level order without a single null. Values are multi-digit and
    # alternate in sign.
    val = [(1 if i % 2 == 0 else -1) * rng.randint(100, LIMIT) for i in range(N)]
    left = {i: 2 * i + 1 for i in range(N) if 2 * i + 1 < N}
    right = {i: 2 * i + 2 for i in range(N) if 2 * i + 2 < N}
    write("max-size-complete", val, left, right)


if __name__ == "__main__":
    main()
