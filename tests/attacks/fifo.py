# Makes a FIFO in /tmp and opens it, which blocks until a writer comes: a way to hang, or
# to talk to another run. Must be a runtime error, and the FIFO must not exist afterwards.
import os

os.mkfifo("/tmp/judge-attack-fifo-py")
print("escaped: made a FIFO", flush=True)
open("/tmp/judge-attack-fifo-py").read()
