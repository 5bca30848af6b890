# Too slow on purpose: compares each word with the first word of every group found so far,
# sorting copies of both each time. Correct, and fast enough for every test, but n words
# that are all in different groups take n^2 / 2 comparisons: the budget series measures
# O(n^2) against O(n) (words of a fixed length). O(n^2 * L log L) time.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        def is_anagram(a: str, b: str) -> bool:
            return len(a) == len(b) and sorted(a) == sorted(b)

        groups = []
        for word in strs:
            for group in groups:
                if is_anagram(word, group[0]):
                    group.append(word)
                    break
            else:
                groups.append([word])
        return groups
