# Correct but quadratic: every start i, with a running sum over every end j.
# n(n+1)/2 subarrays: 2 * 10^8 steps at 2 * 10^4 elements, far past the time limit.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += nums[j]
                if total == k:
                    count += 1
        return count
