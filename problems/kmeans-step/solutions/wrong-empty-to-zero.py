# WRONG: guards the division with np.maximum(counts, 1), which silently moves an empty
# cluster's centroid to the origin instead of keeping it.
import numpy as np


class Solution:
    def kmeansStep(self, points: List[List[float]], centroids: List[List[float]]) -> List[List[float]]:
        P, C = np.array(points), np.array(centroids)
        labels = np.argmin(((P[:, None, :] - C[None, :, :]) ** 2).sum(-1), axis=1)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, P)
        counts = np.bincount(labels, minlength=len(C))
        return (sums / np.maximum(counts, 1)[:, None]).tolist()
