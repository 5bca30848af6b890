# Reference solution: broadcasting. X[:, None, :] - Y[None, :, :] is the n x m x d array of
# coordinate differences; square, sum over the last axis, take the square root.
# O(n m d) time, O(n m d) memory (fine for these sizes; chunk the rows for bigger ones).
import numpy as np


class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        x = np.asarray(X, dtype=np.float64)
        y = np.asarray(Y, dtype=np.float64)
        diff = x[:, None, :] - y[None, :, :]
        return np.sqrt((diff * diff).sum(axis=-1)).tolist()
