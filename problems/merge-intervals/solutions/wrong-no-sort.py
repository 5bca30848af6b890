# Wrong: sweeps the intervals in the order given, as if they were sorted by start. An
# interval that starts before the last merged one is folded into it without moving its
# start: [[4,7],[1,4]] gives [[4,7]], losing 1..3; and [[5,6],[1,2]] never merges later
# overlaps with earlier intervals.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
