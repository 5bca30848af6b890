# Kills its parent (the Python zygote, or whatever supervises the run). Must be a runtime
# error, reported by a judge that is still alive.
import os

os.kill(os.getppid(), 9)
print("escaped: killed the parent")
