# Correct but quadratic: builds the graph first by comparing every pair of words letter by
# letter, then runs a breadth-first search on it. n² / 2 comparisons, whatever the words.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = [beginWord] + [w for w in wordList if w != beginWord]
        n = len(words)
        near = [[] for _ in range(n)]
        for a in range(n):
            wa = words[a]
            for b in range(a + 1, n):
                wb = words[b]
                differ = 0
                for i in range(len(wa)):
                    if wa[i] != wb[i]:
                        differ += 1
                        if differ > 1:
                            break
                if differ == 1:
                    near[a].append(b)
                    near[b].append(a)
        dist = [0] * n
        dist[0] = 1
        queue = deque([0])
        while queue:
            u = queue.popleft()
            if u > 0 and words[u] == endWord:
                return dist[u]
            for v in near[u]:
                if not dist[v]:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return 0
