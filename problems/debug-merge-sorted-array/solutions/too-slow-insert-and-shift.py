# Correct but quadratic: inserts nums2's elements one at a time into the sorted prefix of
# nums1, shifting every larger element one slot to the right (an insertion sort step).
# When nums2's elements are all smaller, each insertion moves all m elements: m*n.
class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        size = m
        for value in nums2:
            k = size
            while k > 0 and nums1[k - 1] > value:
                nums1[k] = nums1[k - 1]
                k -= 1
            nums1[k] = value
            size += 1
