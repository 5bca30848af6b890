# WRONG: returns squared distances (forgets the square root).
class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        return [[sum((a - b) ** 2 for a, b in zip(x, y)) for y in Y] for x in X]
