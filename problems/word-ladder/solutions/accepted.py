# Reference solution: breadth-first search over words, with the neighbours found through
# wildcard patterns: "h*t" lists every word that matches it, so two words one letter apart
# share a pattern. Each word is queued once, each pattern's list is walked once.
# O(n · L²) for n words of length L: O(n) for a fixed L.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        if endWord not in wordList:
            return 0
        L = len(beginWord)
        matches = defaultdict(list)
        for word in wordList:
            for i in range(L):
                matches[word[:i] + "*" + word[i + 1:]].append(word)
        seen = {beginWord}
        frontier = [beginWord]
        length = 1
        while frontier:
            nxt = []
            for word in frontier:
                if word == endWord:
                    return length
                for i in range(L):
                    pattern = word[:i] + "*" + word[i + 1:]
                    for other in matches.pop(pattern, ()):
                        if other not in seen:
                            seen.add(other)
                            nxt.append(other)
            frontier = nxt
            length += 1
        return 0
