#!/usr/bin/env python3
"""Writes the larger Validate Binary Search Tree tests (deterministic). Run from the problem
folder:
    /usr/bin/python3 tests/generate.py
Each test gets tests/<name>.json ({"root": [level order]}) and tests/<name>.expected.json.
The answer comes from the in-order sequence (strictly increasing or not); trees of up to
300 nodes are also checked against the definition itself (every value of the left subtree
smaller, every value of the right subtree larger). The script re-checks every inline test of
problem.yaml the same way."""
import json
import random

import yaml

N = 10_000
LOW, HIGH = -2**31, 2**31 - 1
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


def in_order(left, right):
    out, stack, node = [], [], 0 if left else None
    while node is not None or stack:
        while node is not None:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        out.append(node)
        node = right[node]
    return out


def by_definition(val, left, right):
    def subtree(node):
        return [] if node is None else [node] + subtree(left[node]) + subtree(right[node])

    return all(all(val[d] < val[v] for d in subtree(left[v])) and
               all(val[d] > val[v] for d in subtree(right[v])) for v in range(len(val)))


def valid(level):
    val, left, right = parse(level)
    seq = [val[v] for v in in_order(left, right)]
    answer = all(a < b for a, b in zip(seq, seq[1:]))
    if len(val) <= 300:
        assert answer == by_definition(val, left, right)
    return answer


def write(name, val, left, right):
    assert 1 <= len(val) <= N and all(LOW <= v <= HIGH for v in val)
    level = level_order(val, left, right)
    answer = valid(level)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"root": level}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        f.write(json.dumps(answer) + "\n")
    print(name, "n =", len(val), "depth", depth_of(left, right), "->", answer)
    return answer


def check_inline():
    with open("problem.yaml") as f:
        problem = yaml.safe_load(f)
    for test in problem["tests"]:
        if "input" in test:
            root = test["input"]["root"]
            assert 1 <= sum(v is not None for v in root) <= N, test["name"]
            assert all(v is None or LOW <= v <= HIGH for v in root), test["name"]
            assert valid(root) == test["expected"], (test["name"], valid(root))
    print("inline tests ok")


def search_tree(rng, left, right, low=LOW, high=HIGH):
    """Distinct random values in [low, high], placed in in-order: a valid BST."""
    n = len(left)
    values = sorted(rng.sample(range(low, high + 1), n))
    val = [0] * n
    for v, node in zip(values, in_order(left, right)):
        val[node] = v
    return val


def children_in_order(val, left, right):
    return all((left[v] is None or val[left[v]] < val[v]) and
               (right[v] is None or val[right[v]] > val[v]) for v in range(len(val)))


def main():
    rng = random.Random(98)
    left, right = shape(rng, N, "random")
    val = search_tree(rng, left, right)
    assert write("max-size-random-valid", val, left, right)

    # A valid chain 10^4 levels deep, zigzagging at random; the values include both ends of
    # the 32-bit range.
    left, right = shape(rng, N, "path")
    val = search_tree(rng, left, right)
    order = in_order(left, right)
    val[order[0]], val[order[-1]] = LOW, HIGH
    assert write("max-size-chain-valid", val, left, right)

    # Another random shape, one deep leaf moved just past the bound that a far ancestor
    # sets, while it stays in order with its parent: only a whole-subtree check sees it.
    left, right = shape(rng, N, "random")
    val = search_tree(rng, left, right, -10**9, 10**9)
    bounds, stack = {}, [(0, None, None, 0)]  # node -> (lower ancestor, upper ancestor, depth)
    while stack:
        node, low, high, depth = stack.pop()
        bounds[node] = (low, high, depth)
        if left[node] is not None:
            stack.append((left[node], low, node, depth + 1))
        if right[node] is not None:
            stack.append((right[node], node, high, depth + 1))
    leaves = [v for v in range(N) if left[v] is None and right[v] is None]
    for leaf in sorted(leaves, key=lambda v: -bounds[v][2]):
        low, high, _ = bounds[leaf]
        parent_is_upper = high is not None and left[high] == leaf
        parent_is_lower = low is not None and right[low] == leaf
        if parent_is_upper and low is not None:
            val[leaf] = val[low] - 1
            break
        if parent_is_lower and high is not None:
            val[leaf] = val[high] + 1
            break
    assert children_in_order(val, left, right)
    assert not write("max-size-deep-violation", val, left, right)
    check_inline()


if __name__ == "__main__":
    main()
