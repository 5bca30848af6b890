#!/usr/bin/env python3
"""Writes the large Coin Change tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"coins": [...], "amount": a}. The answers come from a
breadth-first search over the amounts still to pay (independent of the DP reference) and
are printed and written inline in problem.yaml, with the number of calls the plain
exponential recursion makes, which must stay small: the too-slow solutions have to pass
every hidden test, and only the budget series may tell them apart."""
import json
import random
from collections import deque

MAX_COINS = 12
MAX_COIN = 2**31 - 1
MAX_AMOUNT = 10**4


def fewest_coins(coins, amount):
    """Breadth-first search from `amount` down to 0; the level is the number of coins."""
    dist = {amount: 0}
    queue = deque([amount])
    while queue:
        left = queue.popleft()
        if left == 0:
            return dist[left]
        for c in coins:
            if c <= left and left - c not in dist:
                dist[left - c] = dist[left] + 1
                queue.append(left - c)
    return -1


def recursion_calls(coins, amount):
    """Calls made by the plain recursion f(a) = 1 + min f(a - c), without a memo."""
    calls = 0
    stack = [amount]
    while stack:
        a = stack.pop()
        calls += 1
        if a > 0:
            stack.extend(a - c for c in coins)
    return calls


def write(name, coins, amount):
    assert 1 <= len(coins) <= MAX_COINS and len(set(coins)) == len(coins)
    assert all(1 <= c <= MAX_COIN for c in coins) and 0 <= amount <= MAX_AMOUNT
    calls = recursion_calls(coins, amount)
    assert calls <= 200_000, (name, calls)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"coins": coins, "amount": amount}, f, separators=(",", ":"))
        f.write("\n")
    print(name, fewest_coins(coins, amount), f"(plain recursion: {calls} calls)")


def check_inline():
    """The hand-written tests of problem.yaml, checked by the same search."""
    inline = [
        ([1, 2, 5], 11, 3), ([2], 3, -1), ([1], 0, 0), ([3, 7], 0, 0), ([1], 1, 1),
        ([7], 14, 2), ([1, 3, 4], 6, 2), ([5, 3], 9, 3), ([2, 4, 6], 7, -1), ([10], 3, -1),
        ([2147483647], 2, -1), ([2147483647, 1], 3, 3), ([1, 5, 6, 9], 11, 2),
        ([9, 6, 5, 1], 11, 2), ([3, 5], 7, -1), ([2, 5, 10, 1], 18, 4),
    ]
    for coins, amount, expected in inline:
        got = fewest_coins(coins, amount)
        assert got == expected, (coins, amount, got, expected)
        assert recursion_calls(coins, amount) <= 200_000, (coins, amount)


def main():
    check_inline()
    rng = random.Random(322)
    # Twelve large coins, one at the 32-bit maximum; 3100 + 3300 + 3600 pays the amount.
    coins = rng.sample(range(3400, 10000), MAX_COINS - 4) + [3100, 3300, 3600, MAX_COIN]
    rng.shuffle(coins)
    write("max-size-twelve-coins", coins, MAX_AMOUNT)
    # One coin is the whole amount; the others only add up to it in more coins.
    write("max-size-exact-coin", [2000, 2500, 5000, 10000], MAX_AMOUNT)
    # Only even coins for an odd amount: nothing pays it.
    write("max-size-unreachable", [2000, 3998, 6000, 8000, MAX_COIN - 1], MAX_AMOUNT - 1)
    # A greedy that takes the largest coin first (7001) is stuck with 2999.
    write("max-size-greedy-trap", [7001, 5000, 1000], MAX_AMOUNT)


if __name__ == "__main__":
    main()
