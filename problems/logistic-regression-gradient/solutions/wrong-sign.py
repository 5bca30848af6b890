# WRONG: sign error, X^T (y - p) / n: the gradient of the log-likelihood (to ascend), not
# of the loss (to descend).
import numpy as np


class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        A = np.asarray(X, dtype=np.float64)
        z = A @ np.asarray(w, dtype=np.float64)
        p = 1.0 / (1.0 + np.exp(-z))
        return (A.T @ (np.asarray(y) - p) / len(y)).tolist()
