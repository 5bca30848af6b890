# WRONG: the textbook sigmoid 1 / (1 + exp(-z)) with math.exp: for z < -709,
# math.exp(-z) raises OverflowError.
class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        n, d = len(X), len(w)
        grad = [0.0] * d
        for row, label in zip(X, y):
            z = sum(a * b for a, b in zip(row, w))
            err = 1.0 / (1.0 + math.exp(-z)) - label
            for j in range(d):
                grad[j] += err * row[j] / n
        return grad
