# Misbehaves in a different way for each case; see the test names in problem.yaml.
import os


class AlwaysEqual:
    def __eq__(self, other):
        return True


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


class Solution:
    def act(self, what: int) -> int:
        if what == 1:
            while True:
                pass
        if what == 2:
            return 1 // 0
        if what == 3:
            blocks = []
            while True:
                blocks.append(bytearray(16 << 20))
        if what == 4:
            print("R 4 0 0 i7")
            print("D")
            sys.stderr.write("debug\n")
            return 42
        if what == 5:
            os._exit(0)
        if what == 6:
            os.system("touch /tmp/judge-py-escaped")
            return 42
        if what == 7:
            import subprocess
            subprocess.run(["true"])
            return 42
        if what == 8:
            import socket
            socket.create_connection(("127.0.0.1", 80))
            return 42
        if what == 9:
            with open("/tmp/judge-py-wrote", "w") as f:
                f.write("escaped")
            return 42
        if what == 10:
            return len(open("/etc/passwd").read())
        if what == 11:
            sys.setrecursionlimit(10**6)
            return 42 if depth(100000) == 100000 else 0
        if what == 12:
            return depth(10**7)
        if what == 13:
            return AlwaysEqual()
        if what == 14:
            import gc
            # The expected answers never enter this process: only the inputs do.
            found = [o for o in gc.get_objects() if isinstance(o, dict) and "expected" in o]
            return 41 if not found else 42
        if what == 15:
            import ctypes
            ctypes.CDLL(None).fork()
            return 42
        if what == 16:
            os.fork()
            return 42
        return 42
