# Stdio mode: the program reads stdin and prints, as a plain Python script.
a, b = map(int, sys.stdin.read().split())
print(a + b)
