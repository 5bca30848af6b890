# Reference solution: vectorised batch gradient descent. One step is two matrix-vector
# products: the residuals X w - y, then the gradient X^T r / n, applied to all weights at
# once. O(steps * n * d) time, O(n + d) memory beyond the input.
import numpy as np


class Solution:
    def gradientDescent(self, X: List[List[float]], y: List[float], learningRate: float,
                        steps: int) -> List[float]:
        A = np.asarray(X, dtype=np.float64)
        t = np.asarray(y, dtype=np.float64)
        n = A.shape[0]
        w = np.zeros(A.shape[1])
        for _ in range(steps):
            w -= learningRate * (A.T @ (A @ w - t)) / n
        return w.tolist()
