# Correct but too slow: Insert Interval, once per interval. The merged intervals are kept
# sorted and disjoint; each new interval walks past every merged interval that ends before
# it starts, absorbs the ones it overlaps, and replaces them. The walk is linear: on input
# in ascending order every interval walks past all the merged ones, O(n^2) time (budget
# O(n log n)). A binary search for the position would make it O(n log n) comparisons.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []  # sorted by start, no two overlapping
        for start, end in intervals:
            i = 0
            while i < len(merged) and merged[i][1] < start:
                i += 1
            j = i
            while j < len(merged) and merged[j][0] <= end:
                start = min(start, merged[j][0])
                end = max(end, merged[j][1])
                j += 1
            merged[i:j] = [[start, end]]
        return merged
