# Fork bomb: every process forks without end. The first fork must be fatal (runtime
# error), the machine must stay usable, and no process of the run may outlive the judge.
import os

while True:
    os.fork()
