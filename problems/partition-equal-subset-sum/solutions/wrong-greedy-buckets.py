# Wrong on purpose: largest first, each number into the lighter of two buckets. Misses
# splits the greedy order cannot reach: [3,3,2,2,2] ends 7 against 5, but 3+3 = 2+2+2.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
