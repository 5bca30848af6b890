# numpy is preloaded only where a problem declares it; here the import fails in the sandbox.
import numpy as np


class Solution:
    def divisor(self, n: int) -> int:
        return -1
