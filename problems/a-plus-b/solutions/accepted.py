# Reference solution: read the whole input and split it on any whitespace, so tabs, blank
# lines and a missing final newline do not matter. Python integers have no fixed width, so
# every 64-bit input and sum is exact. O(1) time and memory.
import sys

a, b = map(int, sys.stdin.read().split())
print(a + b)
