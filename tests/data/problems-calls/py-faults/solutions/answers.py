class Solution:
    def act(self, what: int) -> int:
        return 42
