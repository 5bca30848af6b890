# Leaves a sleeping child behind and answers correctly, hoping the judge only waits for
# its own child. Must be a runtime error, and no process may outlive the judge.
import os
import time

if os.fork() == 0:
    while True:
        time.sleep(1000)
print(7919)
