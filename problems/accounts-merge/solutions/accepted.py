# Reference solution: a graph whose nodes are emails, each account linking its emails to
# its first one; every connected group of emails is one person. An iterative depth-first
# search collects each group, which is then sorted and prefixed with the owner's name.
# O(E log E) time for E emails in all (the sorting), O(E) space.
class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        links = defaultdict(list)
        owner = {}
        for name, first, *rest in accounts:
            owner[first] = name
            for email in rest:
                owner[email] = name
                links[first].append(email)
                links[email].append(first)
        seen = set()
        merged = []
        for email in owner:
            if email in seen:
                continue
            seen.add(email)
            group = []
            stack = [email]
            while stack:
                e = stack.pop()
                group.append(e)
                for nxt in links[e]:
                    if nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
            merged.append([owner[email]] + sorted(group))
        return merged
