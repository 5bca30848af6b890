# Through the log-sum-exp: softmax(x)_i = exp(x_i - logsumexp(x)), with logsumexp
# computed stably as m + log(sum(exp(x - m))). O(n) time.
class Solution:
    def softmax(self, logits: List[float]) -> List[float]:
        x = np.array(logits)
        m = np.max(x)
        lse = m + np.log(np.sum(np.exp(x - m)))
        return list(np.exp(x - lse))
