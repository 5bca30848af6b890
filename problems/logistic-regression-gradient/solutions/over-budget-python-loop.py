# Plain Python: for each sample the logit z = x . w, a sigmoid that never overflows, the
# error sigmoid(z) - y added into the gradient weighted by x; divide by n at the end.
# O(n d) time, O(d) memory.
# Correct, but its Python loops run lines in proportion to n where the budget allows O(1):
# over the budget, which asks for vectorised code (numpy does the per-element work in C).
class Solution:
    def logisticGradient(self, X: List[List[float]], y: List[int], w: List[float]) -> List[float]:
        d = len(w)
        grad = [0.0] * d
        for row, label in zip(X, y):
            z = sum(a * b for a, b in zip(row, w))
            if z >= 0:
                p = 1.0 / (1.0 + math.exp(-z))
            else:
                e = math.exp(z)
                p = e / (1.0 + e)
            err = p - label
            for j in range(d):
                grad[j] += err * row[j]
        n = len(X)
        return [g / n for g in grad]
