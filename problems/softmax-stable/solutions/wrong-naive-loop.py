# WRONG: no shift, in plain Python. math.exp(1000) raises OverflowError, and logits around
# -1000 all underflow to 0.0, so the division raises ZeroDivisionError.
class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        exps = [math.exp(x) for x in logits]
        total = sum(exps)
        return [e / total for e in exps]
