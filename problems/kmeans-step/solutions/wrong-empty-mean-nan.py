# WRONG: P[labels == j].mean(axis=0) for every cluster: the mean of an empty selection is
# nan (numpy only warns), so an empty cluster's centroid becomes [nan, nan, ...].
import numpy as np


class Solution:
    def kmeansStep(self, points: List[List[float]], centroids: List[List[float]]) -> List[List[float]]:
        P, C = np.array(points), np.array(centroids)
        labels = np.argmin(((P[:, None, :] - C[None, :, :]) ** 2).sum(-1), axis=1)
        return [P[labels == j].mean(axis=0).tolist() for j in range(len(C))]
