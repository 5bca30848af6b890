# Wrong on purpose: the accounts are merged right (union-find over accounts), but each
# person's emails are gathered into a list from every account, so an email held by two
# accounts, or twice by one, is listed twice.
class Solution:
    def accountsMerge(self, accounts: List[List[str]]) -> List[List[str]]:
        parent = list(range(len(accounts)))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        first_account = {}
        for k, account in enumerate(accounts):
            for email in account[1:]:
                if email in first_account:
                    parent[find(k)] = find(first_account[email])
                else:
                    first_account[email] = k
        groups = defaultdict(list)
        for k, account in enumerate(accounts):
            groups[find(k)].extend(account[1:])
        return [[accounts[root][0]] + sorted(emails) for root, emails in groups.items()]
