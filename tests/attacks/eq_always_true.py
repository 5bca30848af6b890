# Returns an int whose == always says True (and != always False), so that a judge that
# compares with == in the candidate's process accepts anything. Must be a wrong answer.
class Liar(int):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = int.__hash__


class Solution:
    def answer(self, n: int) -> int:
        return Liar(0)
