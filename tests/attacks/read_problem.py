# Looks for the hidden tests and expected outputs: problem.yaml in the working directory,
# one folder up, and at the problem folder's absolute path (which the test substitutes in,
# as a candidate could guess it). Must be a runtime error; the problem's secret never shows.
import os
import sys

found = []
for path in ["@PROBLEM_DIR@/problem.yaml", "problem.yaml", "../problem.yaml"]:
    try:
        found.append(open(path).read())
    except OSError:
        pass
try:
    found.append(" ".join(os.listdir("@PROBLEM_DIR@")))
except OSError:
    pass
if not found:
    sys.exit(1)
print("\n".join(found))
sys.stderr.write("\n".join(found))
