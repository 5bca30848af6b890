# Wrong on purpose: the sliding window only walks the word boundaries that start at
# offset 0, so windows at other offsets (modulo the word length) are never seen
# ("xxbarfoo", ["foo","bar"] -> []).
class Solution:
    def findSubstring(self, s: str, words: List[str]) -> List[int]:
        n, k, length = len(s), len(words), len(words[0])
        need = Counter(words)
        result = []
        have = defaultdict(int)
        left = used = 0
        for right in range(0, n - length + 1, length):
            word = s[right:right + length]
            if word not in need:
                have.clear()
                used = 0
                left = right + length
                continue
            have[word] += 1
            used += 1
            while have[word] > need[word]:
                have[s[left:left + length]] -= 1
                used -= 1
                left += length
            if used == k:
                result.append(left)
                have[s[left:left + length]] -= 1
                used -= 1
                left += length
        return result
