#!/usr/bin/env python3
"""Writes the large Accounts Merge tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each input file is {"accounts": [[name, email, ...], ...]}; each expected file holds the
merged accounts, [name, emails in sorted order...], the accounts in any order (the
checker is any_order). The merge is computed twice (union-find over emails, and a
breadth-first search over accounts that share an email) and the two must agree."""
import json
import random
import string
from collections import deque

MAX_ACCOUNTS = 1000
MAX_LENGTH = 10


def by_union_find(accounts):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner = {}
    for account in accounts:
        for email in account[1:]:
            owner[email] = account[0]
            parent[find(email)] = find(account[1])
    groups = {}
    for email in owner:
        groups.setdefault(find(email), []).append(email)
    return [[owner[root]] + sorted(emails) for root, emails in groups.items()]


def by_account_search(accounts):
    having = {}
    for k, account in enumerate(accounts):
        for email in account[1:]:
            having.setdefault(email, []).append(k)
    done = [False] * len(accounts)
    merged = []
    for start in range(len(accounts)):
        if done[start]:
            continue
        done[start] = True
        queue = deque([start])
        emails = set()
        while queue:
            k = queue.popleft()
            for email in accounts[k][1:]:
                emails.add(email)
                for other in having[email]:
                    if not done[other]:
                        done[other] = True
                        queue.append(other)
        merged.append([accounts[start][0]] + sorted(emails))
    return merged


def write(name, accounts):
    assert 1 <= len(accounts) <= MAX_ACCOUNTS
    owner = {}
    for account in accounts:
        assert 2 <= len(account) <= MAX_LENGTH
        assert 1 <= len(account[0]) <= 10 and account[0].isalpha()
        for email in account[1:]:
            assert 1 <= len(email) <= 30 and email.count("@") == 1
            assert owner.setdefault(email, account[0]) == account[0], "an email with two names"
    merged = by_union_find(accounts)
    assert sorted(merged) == sorted(by_account_search(accounts))
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"accounts": accounts}, f, separators=(",", ":"))
        f.write("\n")
    with open(f"tests/{name}.expected.json", "w") as f:
        json.dump(sorted(merged), f, separators=(",", ":"))
        f.write("\n")
    emails = sum(len(a) - 1 for a in merged)
    print(f"{name}: {len(accounts)} accounts -> {len(merged)} people, {emails} emails")


NAMES = ["Alex", "Sam", "Kim", "Lee", "Max", "Ana", "Bo", "Eve", "Ivan", "Zoe"]


def email(rng, person, k):
    user = rng.choice(string.ascii_letters) + "".join(
        rng.choice(string.ascii_letters + string.digits + "_") for _ in range(5))
    return f"{user}{person}x{k}@{rng.choice(['mail.com', 'm.co', 'post.org'])}"


def main():
    rng = random.Random(721)

    # 1000 accounts of 300 people: each account holds 1 to 9 of its person's 12 emails,
    # so accounts merge through shared emails in chains and clusters. Names repeat across
    # people (10 names for 300 people).
    people = [[email(rng, p, k) for k in range(12)] for p in range(300)]
    names = [rng.choice(NAMES) for _ in range(300)]
    accounts = []
    for _ in range(MAX_ACCOUNTS):
        p = rng.randrange(300)
        accounts.append([names[p]] + rng.sample(people[p], rng.randint(1, 9)))
    write("max-size-random", accounts)

    # A chain: account i shares one email with account i + 1 and nothing else; the
    # accounts are shuffled. One person with 8001 emails.
    chain_emails = [f"chain{k}@mail.com" for k in range(8 * MAX_ACCOUNTS + 1)]
    accounts = [["Chain"] + chain_emails[8 * i:8 * i + 9] for i in range(MAX_ACCOUNTS)]
    rng.shuffle(accounts)
    for account in accounts:
        tail = account[1:]
        rng.shuffle(tail)
        account[1:] = tail
    write("max-size-chain", accounts)

    # 1000 accounts, one name, no shared email: 1000 people.
    accounts = [["John"] + [f"john{i}.{k}@mail.com" for k in range(9)] for i in range(MAX_ACCOUNTS)]
    rng.shuffle(accounts)
    write("max-size-same-name-no-overlap", accounts)

    # Every account holds one common email: one person.
    accounts = [["Mia", "common@mail.com"] + [f"mia{i}.{k}@m.co" for k in range(8)]
                for i in range(MAX_ACCOUNTS)]
    rng.shuffle(accounts)
    write("max-size-one-common-email", accounts)

    # 1000 accounts each repeating the same single email: one person, one email.
    write("max-size-same-email-everywhere", [["Bob", "bob@mail.com"] for _ in range(MAX_ACCOUNTS)])


if __name__ == "__main__":
    main()
