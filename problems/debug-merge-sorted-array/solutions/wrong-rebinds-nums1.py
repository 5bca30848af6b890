# Wrong on purpose: builds the merged list and assigns it to the local name nums1. That
# rebinds the name inside the method; the caller's list is never changed.
class Solution:
    def merge(self, nums1: List[int], m: int, nums2: List[int], n: int) -> None:
        nums1 = sorted(nums1[:m] + nums2)
