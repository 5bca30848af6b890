# Correct but exponential: counts the paths by walking every one of them, one call per
# step, so it makes more calls than there are paths: 51 x 9 has 1.9 * 10^9. Times out.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        def paths(r, c):
            if r == m - 1 or c == n - 1:
                return 1
            return paths(r + 1, c) + paths(r, c + 1)
        return paths(0, 0)
