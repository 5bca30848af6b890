# Legitimate: a 10^5-deep recursion after sys.setrecursionlimit, as LeetCode allows. Must
# be accepted.
import sys

sys.setrecursionlimit(10**6)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(7919 if depth(100000) == 100000 else 0)
