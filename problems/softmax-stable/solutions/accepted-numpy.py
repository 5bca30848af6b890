# Reference solution: shift by the maximum before exponentiating. Softmax does not change
# when the same constant is subtracted from every logit, and after the shift every
# exponent is <= 0, so exp never overflows and the largest term is exactly 1 (the sum is
# at least 1, so it never underflows to 0 either). O(n) time, O(n) memory.
import numpy as np


class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        x = np.asarray(logits, dtype=np.float64)
        e = np.exp(x - x.max())
        return (e / e.sum()).tolist()
