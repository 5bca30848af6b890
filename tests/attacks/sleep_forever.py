# Sleeps forever, using no CPU, so that a CPU limit alone never fires. Must be a time
# limit on wall time.
import time

while True:
    time.sleep(1000)
