# Wrong on purpose: simulates a 32-bit int. Each input and the sum wrap around modulo 2^32,
# as in C++ with int, so 2147483647 + 1 prints -2147483648 and the int32 and 64-bit tests
# fail.
import sys


def to_int32(x):
    return (x + 2**31) % 2**32 - 2**31


a, b = map(int, sys.stdin.read().split())
print(to_int32(to_int32(a) + to_int32(b)))
