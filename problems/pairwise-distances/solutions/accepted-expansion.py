# The matrix-multiplication form used by ML libraries: |x - y|^2 = |x|^2 + |y|^2 - 2 x.y,
# one n x m matrix product instead of an n x m x d array. Rounding can make a squared
# distance slightly negative where the points coincide, so it is clamped at 0 before the
# square root. O(n m d) time, O(n m) memory.
class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        x = np.asarray(X, dtype=np.float64)
        y = np.asarray(Y, dtype=np.float64)
        sq = (x * x).sum(axis=1)[:, None] + (y * y).sum(axis=1)[None, :] - 2.0 * (x @ y.T)
        return np.sqrt(np.maximum(sq, 0.0)).tolist()
