# Wrong on purpose: the dict is filled first and the lookup never checks that the
# complement is a different index, so an element that is half the target pairs with
# itself ([3,2,4], 6 -> [0,0]).
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index_of = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            j = index_of.get(target - x)
            if j is not None:
                return [i, j]
        return []
