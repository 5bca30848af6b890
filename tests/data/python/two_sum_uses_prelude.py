# Two Sum written with LeetCode's implicit names only: every module and name used here
# comes from the prelude, none is imported.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        assert random.randint(1, 1) == 1 and random.Random(7).random() < 1
        assert collections.deque([1]).popleft() == 1 and deque is collections.deque
        assert math.inf > 0 and inf == math.inf and math.gcd(4, 6) == 2
        heap: List[int] = []
        heapq.heappush(heap, 2)
        heappush(heap, 1)
        assert heappop(heap) == 1
        assert bisect.bisect_left([1, 2], 2) == 1 == bisect_left([1, 2], 2)
        assert list(itertools.accumulate([1, 2])) == [1, 3] == list(accumulate([1, 2]))
        assert string.ascii_lowercase[0] == "a" == ascii_lowercase[0]
        assert re.match("a+", "aa") is not None
        assert Counter("aab")["a"] == 2 and defaultdict(int)[0] == 0
        assert SortedList([3, 1]) == [1, 3]
        assert reduce(operator.add, [1, 2]) == 3
        seen: Optional[Dict[int, int]] = {}

        @lru_cache(maxsize=None)
        def twice(x: int) -> int:
            return 2 * x

        @functools.cache
        def thrice(x: int) -> int:
            return 3 * x

        assert twice(2) == 4 and thrice(2) == 6
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
