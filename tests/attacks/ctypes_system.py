# Calls libc's system() through ctypes, past the os module. Must be a runtime error, and
# the file must not exist afterwards.
import ctypes

ctypes.CDLL(None).system(b"touch /tmp/judge-attack-ctypes-system-py")
print(7919)
