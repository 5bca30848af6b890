# Reference solution: sort by start, then sweep: an interval that starts at or before the
# end of the last merged one extends it (to the larger end), any other starts a new one.
# O(n log n) time, O(n) memory.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort(key=lambda interval: interval[0])
        merged = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
