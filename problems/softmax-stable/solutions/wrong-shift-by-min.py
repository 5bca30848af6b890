# WRONG: shifts by the minimum instead of the maximum. That fixes the all-very-negative
# case, but the exponents are now >= 0 and overflow once max - min > ~709.
import numpy as np


class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        x = np.asarray(logits, dtype=np.float64)
        e = np.exp(x - x.min())
        return (e / e.sum()).tolist()
