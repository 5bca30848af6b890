# Freezes its parent (the zygote) with SIGSTOP, so that nothing reports the run's end,
# then spins. Must be stopped on time by a judge that still runs.
import os

os.kill(os.getppid(), 19)
while True:
    pass
