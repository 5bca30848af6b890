# Plain Python: for each point, scan the centroids keeping the first strictly smaller
# squared distance (so a tie keeps the lower index); accumulate per-cluster sums and
# counts; divide, except for empty clusters, which keep their centroid.
# O(n k d) time, O(k d) memory.
# Correct, but its Python loops run lines in proportion to n where the budget allows O(1):
# over the budget, which asks for vectorised code (numpy does the per-element work in C).
class Solution:
    def kmeansStep(self, points: List[List[float]], centroids: List[List[float]]) -> List[List[float]]:
        k, d = len(centroids), len(centroids[0])
        sums = [[0.0] * d for _ in range(k)]
        counts = [0] * k
        for p in points:
            best, best_j = math.inf, -1
            for j, c in enumerate(centroids):
                dist = 0.0
                for a, b in zip(p, c):
                    dist += (a - b) * (a - b)
                if dist < best:
                    best, best_j = dist, j
            counts[best_j] += 1
            row = sums[best_j]
            for a in range(d):
                row[a] += p[a]
        return [[s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j])
                for j in range(k)]
