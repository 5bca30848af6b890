# Reference solution: one pass with a dict from value to index. Looking up the complement
# before inserting the current element keeps an element from pairing with itself.
# O(n) time, O(n) memory.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index_of = {}
        for i, x in enumerate(nums):
            j = index_of.get(target - x)
            if j is not None:
                return [j, i]
            index_of[x] = i
        return []
