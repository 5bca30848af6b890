# Reference solution: two words are anagrams exactly when their sorted letters match, so
# the sorted word is the key of a dict from key to group.
# O(n * L log L) time for n words of length at most L, O(n * L) memory.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return list(groups.values())
