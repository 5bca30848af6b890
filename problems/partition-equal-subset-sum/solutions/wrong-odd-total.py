# Wrong on purpose: never checks that the total is even; total // 2 rounds down, so [1,2]
# looks for a subset summing to 1, finds it and says true.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        half = sum(nums) // 2
        reach = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):
                if reach[s - x]:
                    reach[s] = True
        return reach[half]
