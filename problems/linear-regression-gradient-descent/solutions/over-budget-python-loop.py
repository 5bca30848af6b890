# Plain Python batch gradient descent. Each step first computes every residual
# r_i = x_i . w - y_i with the weights as they were at the start of the step, then the
# whole gradient g_j = (1/n) sum_i r_i x_ij, and only then moves all the weights.
# O(steps * n * d) time, O(n + d) memory.
# Correct, but its Python loops run lines in proportion to n where the budget allows O(1):
# over the budget, which asks for vectorised code (numpy does the per-element work in C).
class Solution:
    def gradientDescent(self, X: List[List[float]], y: List[float], learningRate: float,
                        steps: int) -> List[float]:
        n, d = len(X), len(X[0])
        w = [0.0] * d
        for _ in range(steps):
            residuals = [sum(xj * wj for xj, wj in zip(row, w)) - yi for row, yi in zip(X, y)]
            grad = [0.0] * d
            for row, r in zip(X, residuals):
                for j in range(d):
                    grad[j] += r * row[j]
            w = [wj - learningRate * gj / n for wj, gj in zip(w, grad)]
        return w
