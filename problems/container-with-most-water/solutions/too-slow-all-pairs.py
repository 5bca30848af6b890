# Correct but quadratic: every pair of bars. n(n-1)/2 pairs, far too many for 10^5 bars.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        best = 0
        for i in range(n):
            for j in range(i + 1, n):
                area = min(height[i], height[j]) * (j - i)
                if area > best:
                    best = area
        return best
