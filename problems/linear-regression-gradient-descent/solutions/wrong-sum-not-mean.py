# WRONG: forgets to average over the batch. The gradient is n times too large, so every
# step is n times too long: right only for a single sample, and it diverges (to inf / nan)
# once learningRate * n passes the stability limit.
import numpy as np


class Solution:
    def gradientDescent(self, X: List[List[float]], y: List[float], learningRate: float,
                        steps: int) -> List[float]:
        A = np.asarray(X, dtype=np.float64)
        t = np.asarray(y, dtype=np.float64)
        w = np.zeros(A.shape[1])
        for _ in range(steps):
            w -= learningRate * (A.T @ (A @ w - t))
        return w.tolist()
