# Reference solution: patience sorting. tails[k] is the smallest value that can end an
# increasing subsequence of length k + 1; each element replaces the first tail that is not
# smaller than it (bisect_left, so equal values never extend). O(n log n) time, O(n) memory.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
