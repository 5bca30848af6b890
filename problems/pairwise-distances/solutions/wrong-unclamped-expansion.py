# WRONG: the expansion |x|^2 + |y|^2 - 2 x.y without clamping. Where two points coincide
# the true value is 0, but rounding leaves about +-1e-12, and np.sqrt of a negative is nan.
import numpy as np


class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        x = np.asarray(X, dtype=np.float64)
        y = np.asarray(Y, dtype=np.float64)
        sq = (x * x).sum(axis=1)[:, None] + (y * y).sum(axis=1)[None, :] - 2.0 * (x @ y.T)
        return np.sqrt(sq).tolist()
