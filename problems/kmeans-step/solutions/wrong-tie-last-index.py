# WRONG: compares with <=, so a point at the same distance from two centroids goes to the
# later one instead of the lowest index.
class Solution:
    def kmeansStep(self, points: List[List[float]], centroids: List[List[float]]) -> List[List[float]]:
        k, d = len(centroids), len(centroids[0])
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p in points:
            best, best_j = math.inf, -1
            for j, c in enumerate(centroids):
                dist = sum((a - b) ** 2 for a, b in zip(p, c))
                if dist <= best:
                    best, best_j = dist, j
            counts[best_j] += 1
            for a in range(d):
                sums[best_j][a] += p[a]
        return [[s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j])
                for j in range(k)]
