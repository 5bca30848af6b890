# Overflows the C stack: with the recursion limit lifted, a __repr__ that calls repr()
# recurses through the interpreter's C code until the stack runs out. Must be a runtime
# error (a crash of the run, not of the judge).
import sys

sys.setrecursionlimit(10**9)


class Deeper:
    def __repr__(self):
        return repr(self)


repr(Deeper())
