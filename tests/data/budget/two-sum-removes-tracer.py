# Two Sum in O(n) that removes any tracer first (sys.settrace(None)), as a solution trying
# to hide its work from the operation counter would: the judge must notice that nothing was
# counted and measure it by its CPU time instead.
import sys


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        sys.settrace(None)
        index_of = {}
        for i, x in enumerate(nums):
            j = index_of.get(target - x)
            if j is not None:
                return [j, i]
            index_of[x] = i
        return []
