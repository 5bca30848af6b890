# Replaces itself with a shell that leaves a file behind. Must be a runtime error, and the
# file must not exist afterwards.
import os

os.execv("/bin/sh", ["sh", "-c", "touch /tmp/judge-attack-exec-shell-py"])
