# Plain Python: a double loop over the pairs, summing squared differences.
# O(n m d) time, O(n m) memory for the result.
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
