# Reference solution: two running values. `skip` is the best total with the previous house
# left alone, `take` the best with it robbed. O(n) time, O(1) memory.
class Solution:
    def rob(self, nums: List[int]) -> int:
        skip = take = 0
        for x in nums:
            skip, take = max(skip, take), skip + x
        return max(skip, take)
