# WRONG: updates the weights one at a time inside a step, so the gradient of weight j is
# computed with weights 0..j-1 already moved (coordinate descent, not batch gradient
# descent). Right only with a single feature.
class Solution:
    def gradientDescent(self, X: List[List[float]], y: List[float], learningRate: float,
                        steps: int) -> List[float]:
        A = np.array(X, dtype=float)
        t = np.array(y, dtype=float)
        n, d = A.shape
        w = np.zeros(d)
        for _ in range(steps):
            for j in range(d):
                w[j] -= learningRate * (A[:, j] @ (A @ w - t)) / n
        return w.tolist()
