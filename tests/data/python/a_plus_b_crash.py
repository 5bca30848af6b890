# Stdio mode, failing: an exception is a runtime error with the candidate's line.
a, b = map(int, sys.stdin.read().split())
print(a // 0)
