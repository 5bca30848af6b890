# Plain Python: a double loop over the pairs, summing squared differences. Correct, and
# O(n m d) time, but it runs O(n m d) lines of Python where the budget allows O(1): over
# the budget, which asks for vectorised code (numpy does the per-element work in C).
class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        result = []
        for x in X:
            row = []
            for y in Y:
                total = 0.0
                for a, b in zip(x, y):
                    total += (a - b) * (a - b)
                row.append(math.sqrt(total))
            result.append(row)
        return result
