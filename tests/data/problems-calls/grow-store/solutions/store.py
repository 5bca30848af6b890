class Store:
    def __init__(self):
        self.kept = []

    def grow(self, n: int) -> None:
        self.kept.extend(range(10**9, 10**9 + n))

    def size(self) -> int:
        return len(self.kept)
