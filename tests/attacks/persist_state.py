# Keeps state from one run to the next: the test runs it twice. Each run first looks for
# what an earlier run left (in the working directory, /tmp, /dev/shm), then tries to leave
# it. Every run must be a runtime error, and nothing may be left behind.
import sys

places = ["judge-attack-persist-py", "/tmp/judge-attack-persist-py",
          "/dev/shm/judge-attack-persist-py"]
for place in places:
    try:
        open(place).close()
        print(f"persisted: found {place} from an earlier run")
        sys.exit(0)
    except OSError:
        pass
left = False
for place in places:
    try:
        open(place, "w").close()
        left = True
    except OSError:
        pass
if not left:
    sys.exit(1)
print(7919)
