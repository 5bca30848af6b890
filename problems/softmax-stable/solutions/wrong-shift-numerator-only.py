# WRONG: shifts the numerator but normalises by the unshifted sum, so the result is off by
# a factor exp(-max) (and the sum still overflows).
import numpy as np


class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        x = np.asarray(logits, dtype=np.float64)
        return (np.exp(x - x.max()) / np.sum(np.exp(x))).tolist()
