# Stdio mode, never ending: says which process it is, then spins until the judge stops it.
# The test checks that this process is gone once the judge has exited.
import os
sys.stderr.write(f"pid {os.getpid()}\n")
sys.stderr.flush()
while True:
    pass
