#!/usr/bin/env python3
"""Writes the large LRU Cache tests (deterministic). Run from the problem folder:
python3 tests/generate.py. Each input file is {"operations": [...], "arguments": [...]} in
LeetCode's form; each expected file holds one result per operation (null for the
constructor and put), computed with an OrderedDict.

LeetCode allows 2 * 10^5 calls; at about 20 bytes per call (operation, arguments and
result) that would be 4 MB of JSON, so the two tests together make 8 * 10^4 calls at the
largest capacity, 3000, to keep the problem's data under 2 MB."""
import json
import random
from collections import OrderedDict

MAX_CAPACITY = 3000
MAX_KEY = 10**4
MAX_VALUE = 10**5


def simulate(operations, arguments):
    results = []
    for op, args in zip(operations, arguments):
        if op == "LRUCache":
            capacity, cache, result = args[0], OrderedDict(), None
        elif op == "get":
            key = args[0]
            result = -1
            if key in cache:
                cache.move_to_end(key)
                result = cache[key]
        else:
            assert op == "put"
            key, value = args
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) == capacity:
                cache.popitem(last=False)
            cache[key] = value
            result = None
        results.append(result)
    return results


def write(name, capacity, calls):
    operations = ["LRUCache"] + [op for op, _ in calls]
    arguments = [[capacity]] + [args for _, args in calls]
    assert 1 <= capacity <= MAX_CAPACITY and len(calls) <= 2 * 10**5
    assert all(0 <= args[0] <= MAX_KEY for _, args in calls)
    assert all(0 <= args[1] <= MAX_VALUE for op, args in calls if op == "put")
    results = simulate(operations, arguments)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"operations": operations, "arguments": arguments}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(results, f, separators=(",", ":"))
        f.write("\n")
    gets = [r for op, r in zip(operations, results) if op == "get"]
    print(name, len(calls), "calls,", len(gets), "gets,", sum(r != -1 for r in gets), "hits")


def main():
    rng = random.Random(146)

    # Capacity 3000; keys from the whole range 0..10^4, but three quarters of the calls use
    # a hot set of 4000 keys, so the cache is full, evicts all the time, and about half
    # the gets hit. Values come from the whole range 0..10^5.
    hot = rng.sample(range(MAX_KEY + 1), 4000)
    calls = []
    for _ in range(50_000):
        key = rng.choice(hot) if rng.random() < 0.75 else rng.randint(0, MAX_KEY)
        if rng.random() < 0.5:
            calls.append(("get", [key]))
        else:
            calls.append(("put", [key, rng.randint(0, MAX_VALUE)]))
    write("max-capacity-random", MAX_CAPACITY, calls)

    # Capacity 3000, filled with keys 0..2999. Then rounds over 3001 keys in the same order:
    # a get, then a put, of each key. The key asked for is always the one evicted just
    # before, so every get misses; an eviction of the wrong end or a get that refreshes
    # a missing key shows at once.
    calls = [("put", [key, key * 7 % (MAX_VALUE + 1)]) for key in range(MAX_CAPACITY)]
    key = MAX_CAPACITY
    while len(calls) < 30_000:
        calls.append(("get", [key]))
        calls.append(("put", [key, rng.randint(0, MAX_VALUE)]))
        key = (key + 1) % (MAX_CAPACITY + 1)
    write("max-capacity-cycle", MAX_CAPACITY, calls)


if __name__ == "__main__":
    main()
