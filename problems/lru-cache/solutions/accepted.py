# Reference solution: an OrderedDict keeps the keys in order of use, least recent first
# (a hash map threaded through a doubly linked list). get and put move the key to the
# end; a put of a new key into a full cache drops the first one.
# O(1) per call, O(capacity) memory.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: int, value: int) -> None:
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = value
