# Reference solution: two pointers from both ends; the shorter side can never do better
# with a narrower partner, so it moves inwards. O(n) time, O(1) memory.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            if height[i] < height[j]:
                area = height[i] * (j - i)
                i += 1
            else:
                area = height[j] * (j - i)
                j -= 1
            if area > best:
                best = area
        return best
