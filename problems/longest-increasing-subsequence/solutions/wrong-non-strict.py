# Wrong on purpose: bisect_right instead of bisect_left, so an element equal to a tail
# extends the sequence: it finds the longest NON-DECREASING subsequence
# ([7,7,7] -> 3 instead of 1).
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
