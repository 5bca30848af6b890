# Correct but quadratic: best[i] is the most money with house i robbed last, found by
# scanning every house before its neighbour. The budget series shows it grows like n²
# against an O(n) budget.
class Solution:
    def rob(self, nums: List[int]) -> int:
        best = []
        for i, x in enumerate(nums):
            before = 0
            for j in range(i - 1):
                if best[j] > before:
                    before = best[j]
            best.append(before + x)
        return max(best)
