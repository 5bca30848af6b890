# Wrong on purpose: a depth-first search that returns the length of the first sequence it
# finds (with one visited set, so it is fast). The first sequence found need not be the
# shortest one.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words:
            return 0
        seen = {beginWord}
        stack = [(beginWord, 1)]
        while stack:
            word, length = stack.pop()
            if word == endWord:
                return length
            for i in range(len(word)):
                for c in "abcdefghijklmnopqrstuvwxyz":
                    other = word[:i] + c + word[i + 1:]
                    if other in words and other not in seen:
                        seen.add(other)
                        stack.append((other, length + 1))
        return 0
