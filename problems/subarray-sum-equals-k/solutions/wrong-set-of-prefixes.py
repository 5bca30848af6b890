# Wrong on purpose: a set remembers only whether a prefix sum occurred, not how often, so
# repeated prefix sums (zeros, values that cancel) are undercounted ([0,0,0,0], k=0 -> 4).
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        seen = {0}
        prefix = count = 0
        for x in nums:
            prefix += x
            if prefix - k in seen:
                count += 1
            seen.add(prefix)
        return count
