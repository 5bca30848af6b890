# Wrong on purpose: get returns the value but leaves the entry where it is, so reads do
# not count as uses and the cache evicts in insertion order (FIFO): in the sample, put(3)
# evicts 1 although get(1) has just used it.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key: int) -> int:
        return self.entries.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = value
