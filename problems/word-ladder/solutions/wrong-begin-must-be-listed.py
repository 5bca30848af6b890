# Wrong on purpose: the search only runs when beginWord is in the list too, but only the
# words after it have to be: LeetCode's first example starts from "hit", which is not
# listed.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        if endWord not in words or beginWord not in words:
            return 0
        seen = {beginWord}
        queue = deque([(beginWord, 1)])
        while queue:
            word, length = queue.popleft()
            if word == endWord:
                return length
            for i in range(len(word)):
                for c in "abcdefghijklmnopqrstuvwxyz":
                    other = word[:i] + c + word[i + 1:]
                    if other in words and other not in seen:
                        seen.add(other)
                        queue.append((other, length + 1))
        return 0
