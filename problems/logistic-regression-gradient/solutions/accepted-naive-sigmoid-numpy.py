# Also right: 1 / (1 + np.exp(-z)) in numpy. For z < -709, np.exp(-z) overflows to inf
# (numpy only warns) and 1 / (1 + inf) is exactly 0, the right limit. The same formula with
# math.exp raises instead (see wrong-sigmoid-overflow.py).
class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        X = np.array(X)
        p = 1 / (1 + np.exp(-X.dot(np.array(w))))
        return list(X.T.dot(p - np.array(y)) / X.shape[0])
