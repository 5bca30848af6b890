# WRONG: sums the squared differences over axis 1 (the points of Y) instead of the last
# axis (the coordinates), so the result is n x d, not n x m.
import numpy as np


class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        diff = np.array(X)[:, None, :] - np.array(Y)[None, :, :]
        return np.sqrt((diff ** 2).sum(axis=1)).tolist()
