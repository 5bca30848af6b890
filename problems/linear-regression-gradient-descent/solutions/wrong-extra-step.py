# WRONG: an off-by-one in the loop bound runs steps + 1 updates.
import numpy as np


class Solution:
    def gradientDescent(self, X: List[List[float]], y: List[float], learningRate: float,
                        steps: int) -> List[float]:
        A, t = np.array(X), np.array(y)
        w = np.zeros(A.shape[1])
        step = 0
        while step <= steps:
            w = w - learningRate * A.T.dot(A.dot(w) - t) / len(t)
            step += 1
        return list(w)
