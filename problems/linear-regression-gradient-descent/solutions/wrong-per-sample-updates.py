# WRONG: moves the weights after every sample (stochastic gradient descent in a fixed order)
# instead of once per step with the averaged gradient. Right only for a single sample.
class Solution:
    def gradientDescent(self, X: List[List[float]], y: List[float], learningRate: float,
                        steps: int) -> List[float]:
        n, d = len(X), len(X[0])
        w = [0.0] * d
        for _ in range(steps):
            for row, target in zip(X, y):
                r = sum(a * b for a, b in zip(row, w)) - target
                for j in range(d):
                    w[j] -= learningRate * r * row[j] / n
        return w
