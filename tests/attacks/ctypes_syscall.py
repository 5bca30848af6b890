# Makes a raw system call through ctypes (57: fork on x86-64), past everything Python
# itself would refuse. Must be a runtime error, and no process may outlive the judge.
import ctypes

ctypes.CDLL(None).syscall(57)
print(7919)
