# WRONG: loops over Y in the outer loop, so it returns the m x n transpose; right only when
# the result happens to be square and symmetric.
class Solution:
    def pairwiseDistances(self, X: List[List[float]], Y: List[List[float]]) -> List[List[float]]:
        return [[math.dist(x, y) for x in X] for y in Y]
