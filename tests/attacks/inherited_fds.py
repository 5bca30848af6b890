# Looks for descriptors beyond stdin, stdout and stderr that the judge or the zygote let
# it inherit (a pipe, a socket, a directory to escape through). There must be none:
# finding one says so on stdout (a wrong answer); finding none is a runtime error.
import os
import sys

found = []
for fd in range(3, 4096):
    try:
        found.append(f"{fd} (mode {os.fstat(fd).st_mode:o})")
    except OSError:
        pass
if not found:
    sys.exit(1)
print("escaped: descriptors open: " + ", ".join(found))
