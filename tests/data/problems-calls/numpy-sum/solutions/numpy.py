class Solution:
    def total(self, nums: List[int]) -> int:
        return int(np.sum(np.array(nums, dtype=np.int64)))
