# os.kill(-1, SIGKILL): every process the sandbox's user may signal. Must be a runtime
# error and the judge (and the Python zygote) must survive to report it.
import os

os.kill(-1, 9)
print("escaped: signalled everyone")
