# Also accepted: quickselect with a three-way split. Each round picks a random pivot
# (from a fixed-seed generator, so every run does the same work) and keeps only the part
# of the array that holds the k-th largest: the larger values, the pivot itself, or the
# smaller values. Equal values all land in the middle, so many duplicates cost nothing.
# O(n) time on average, O(n) memory for the copies.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        rng = Random(215)
        while True:
            pivot = nums[rng.randrange(len(nums))]
            larger = [x for x in nums if x > pivot]
            if k <= len(larger):
                nums = larger
                continue
            k -= len(larger)
            equal = nums.count(pivot)
            if k <= equal:
                return pivot
            k -= equal
            nums = [x for x in nums if x < pivot]
