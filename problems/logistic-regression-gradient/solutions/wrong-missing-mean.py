# WRONG: the gradient of the summed loss, not of the mean: n times too large.
class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        grad = [0.0] * len(w)
        for row, label in zip(X, y):
            z = sum(a * b for a, b in zip(row, w))
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            for j, x in enumerate(row):
                grad[j] += (p - label) * x
        return grad
