# The same in plain Python: subtract the maximum, exponentiate, normalise. Correct, and
# O(n) time, but the Python loops run O(n) lines where the budget allows O(1): over the
# budget, which asks for vectorised code (numpy does the per-element work in C).
class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return [e / total for e in exps]
