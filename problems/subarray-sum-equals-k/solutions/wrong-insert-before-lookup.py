# Wrong on purpose: the current prefix is recorded before the lookup, so with k = 0 every
# position also matches itself, counting an empty subarray ([1], k=0 -> 1).
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = Counter({0: 1})
        prefix = count = 0
        for x in nums:
            prefix += x
            seen[prefix] += 1
            count += seen[prefix - k]
        return count
