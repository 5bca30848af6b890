# Reference solution: p = sigmoid(X w), gradient = X^T (p - y) / n, vectorised.
# The sigmoid is evaluated in the form that never overflows: for z >= 0 as
# 1 / (1 + exp(-z)), for z < 0 as exp(z) / (1 + exp(z)); both exponents are <= 0.
# O(n d) time, O(n) memory beyond the input.
import numpy as np


class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        A = np.asarray(X, dtype=np.float64)
        t = np.asarray(y, dtype=np.float64)
        z = A @ np.asarray(w, dtype=np.float64)
        e = np.exp(-np.abs(z))
        p = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return (A.T @ (p - t) / len(t)).tolist()
