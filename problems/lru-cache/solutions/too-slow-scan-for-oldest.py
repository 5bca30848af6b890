# Correct but too slow: every entry remembers when it was last used, and a put into a full
# cache scans all the entries for the oldest. That scan is O(capacity) a put, so n calls
# cost O(n * capacity): the first LRU cache many candidates write, before the linked list.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.last_used = {}
        self.clock = 0

    def _touch(self, key: int) -> None:
        self.clock += 1
        self.last_used[key] = self.clock

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = None
            for held, used in self.last_used.items():
                if oldest is None or used < self.last_used[oldest]:
                    oldest = held
            del self.values[oldest]
            del self.last_used[oldest]
        self.values[key] = value
        self._touch(key)
