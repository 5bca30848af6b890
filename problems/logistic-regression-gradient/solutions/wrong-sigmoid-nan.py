# WRONG: the sigmoid written as exp(z) / (1 + exp(z)) in numpy: for z > 709 both overflow
# to inf and inf / inf is nan.
import numpy as np


class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        A = np.asarray(X, dtype=np.float64)
        e = np.exp(A @ np.asarray(w, dtype=np.float64))
        p = e / (1.0 + e)
        return (A.T @ (p - np.asarray(y)) / len(y)).tolist()
