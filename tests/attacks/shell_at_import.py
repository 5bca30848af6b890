# Runs a shell from module level, when a function-mode solution is loaded, before any
# case: the sandbox must already be in place then. Must be a runtime error, and the file
# must not exist afterwards.
import os

os.system("touch /tmp/judge-attack-shell-at-import-py")


class Solution:
    def answer(self, n: int) -> int:
        return 7919
