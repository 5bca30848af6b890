# WRONG: divides every cluster's sum by its count, so an empty cluster raises
# ZeroDivisionError.
class Solution:
    def kmeansStep(self, points: List[List[float]], centroids: List[List[float]]) -> List[List[float]]:
        k, d = len(centroids), len(centroids[0])
        clusters = [[] for _ in range(k)]
        for p in points:
            dists = [sum((a - b) ** 2 for a, b in zip(p, c)) for c in centroids]
            clusters[dists.index(min(dists))].append(p)
        return [[sum(p[a] for p in members) / len(members) for a in range(d)]
                for members in clusters]
