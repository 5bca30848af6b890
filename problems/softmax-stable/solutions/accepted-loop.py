# The same in plain Python: subtract the maximum, exponentiate, normalise.
# O(n) time, O(n) memory.
class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return [e / total for e in exps]
