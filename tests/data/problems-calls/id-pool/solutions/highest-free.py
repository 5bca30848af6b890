class IdPool:
    def __init__(self, size: int):
        self.free = set(range(size))

    def acquire(self) -> int:
        if not self.free:
            return -1
        id = max(self.free)
        self.free.remove(id)
        return id

    def release(self, id: int) -> None:
        self.free.add(id)
