# Wrong on purpose: treats the name as the person, so every account with the same name is
# merged, even when the accounts share no email (two different Johns become one).
class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        by_name = defaultdict(set)
        for name, *emails in accounts:
            by_name[name].update(emails)
        return [[name] + sorted(emails) for name, emails in by_name.items()]
