# Reference solution: the n x k matrix of squared distances by broadcasting, np.argmin
# along the centroids (it returns the first minimum, i.e. the lowest index on a tie),
# then per-cluster sums with np.add.at and counts with np.bincount. Clusters with no point
# keep their old centroid. O(n k d) time, O(n k d) memory at most.
import numpy as np


class Solution:
    def kmeansStep(self, points: List[List[float]], centroids: List[List[float]]) -> List[List[float]]:
        P = np.asarray(points, dtype=np.float64)
        C = np.asarray(centroids, dtype=np.float64)
        k = C.shape[0]
        diff = P[:, None, :] - C[None, :, :]
        labels = np.argmin((diff * diff).sum(axis=-1), axis=1)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, P)
        counts = np.bincount(labels, minlength=k)
        new = C.copy()
        used = counts > 0
        new[used] = sums[used] / counts[used, None]
        return new.tolist()
