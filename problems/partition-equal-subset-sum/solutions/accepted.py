# Reference solution: the reachable subset sums as the bits of one integer. Bit s is set
# when some of the numbers seen so far add up to s; shifting by x adds x to every sum at
# once, and each number is used once. O(n * sum / 64) word operations, sum <= 100 n.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        bits = 1
        for x in nums:
            bits |= bits << x
        return (bits >> (total // 2)) & 1 == 1
