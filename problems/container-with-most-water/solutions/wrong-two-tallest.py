# Wrong on purpose: a greedy that uses the two tallest bars, ignoring that a wider pair
# of lower bars can hold more ([1,8,6,2,5,4,8,3,7] -> 40, the answer is 49).
class Solution:
    def maxArea(self, height: List[int]) -> int:
        order = sorted(range(len(height)), key=lambda i: height[i], reverse=True)
        i, j = order[0], order[1]
        return min(height[i], height[j]) * abs(i - j)
