# Forks a daemon that leaves the run's process group and session (setsid, then a second
# fork), so that killing the group misses it; the parent answers correctly. Must be a
# runtime error, and no process may outlive the judge.
import os
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() != 0:
        os._exit(0)
    while True:
        time.sleep(1000)
print(7919)
