# Reference solution: for each offset 0..L-1, a sliding window of whole words with counts;
# an unknown word resets it, a surplus word shrinks it from the left. O(|s| * L) time.
class Solution:
    def findSubstring(self, s: str, words: List[str]) -> List[int]:
        n, k, length = len(s), len(words), len(words[0])
        if k * length > n:
            return []
        need = Counter(words)
        result = []
        for offset in range(length):
            have = defaultdict(int)
            left = offset
            used = 0
            for right in range(offset, n - length + 1, length):
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
