# Reference solution: prefix sums. A subarray (i, j] sums to k exactly when
# P[j] - P[i] == k, so for every j count the earlier prefixes equal to P[j] - k.
# O(n) time, O(n) memory.
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = defaultdict(int)
        seen[0] = 1  # the empty prefix
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen[prefix - k]
            seen[prefix] += 1
        return count
