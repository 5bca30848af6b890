# Leaves a file in /dev/shm, a tmpfs often forgotten by sandboxes. Must be a runtime
# error, and the file must not exist afterwards.
import os

fd = os.open("/dev/shm/judge-attack-write-shm-py", os.O_WRONLY | os.O_CREAT, 0o644)
os.write(fd, b"owned")
print("escaped: wrote /dev/shm")
