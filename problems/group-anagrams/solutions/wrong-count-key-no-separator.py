# Wrong on purpose: keys each word by its 26 letter counts written one after another with
# no separator, so a=11,b=1 and a=1,b=11 both give "111000...": words of 12 or more
# letters can share a key without being anagrams.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in strs:
            count = [0] * 26
            for c in word:
                count[ord(c) - ord("a")] += 1
            groups["".join(map(str, count))].append(word)
        return list(groups.values())
