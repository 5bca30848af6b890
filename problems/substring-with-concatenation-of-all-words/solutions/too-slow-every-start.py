# Correct but O(|s| * k * L): from every start, cut the next k words and count them,
# stopping at the first word that is not wanted (any more). Fast when windows fail early,
# quadratic when most of them match (s of one letter, words all the same).
class Solution:
    def findSubstring(self, s: str, words: List[str]) -> List[int]:
        n, k, length = len(s), len(words), len(words[0])
        need = Counter(words)
        result = []
        for i in range(n - k * length + 1):
            seen = defaultdict(int)
            for j in range(k):
                word = s[i + j * length:i + (j + 1) * length]
                seen[word] += 1
                if seen[word] > need[word]:
                    break
            else:
                result.append(i)
        return result
