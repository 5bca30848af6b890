#!/usr/bin/env python3
"""Writes the large Word Ladder tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is {"beginWord": ..., "endWord": ..., "wordList": [...]}. The answer is computed
twice (a breadth-first search that tries every one-letter change, and one that compares
every pair of words), printed, and written inline in problem.yaml."""
import json
import random
import string
from collections import deque

COUNT = 5000


def by_changes(begin, end, words):
    known = set(words)
    if end not in known:
        return 0
    steps = {begin: 1}
    queue = deque([begin])
    while queue:
        word = queue.popleft()
        if word == end:
            return steps[word]
        for i in range(len(word)):
            for c in string.ascii_lowercase:
                nxt = word[:i] + c + word[i + 1:]
                if nxt in known and nxt not in steps:
                    steps[nxt] = steps[word] + 1
                    queue.append(nxt)
    return 0


def by_pairs(begin, end, words):
    """Builds the graph by comparing every pair (slow, but independent of the above)."""
    nodes = [begin] + [w for w in words if w != begin]
    index = {w: k for k, w in enumerate(nodes)}
    if end not in index or end == begin:
        return 0
    near = [[] for _ in nodes]
    for a in range(len(nodes)):
        for b in range(a + 1, len(nodes)):
            if sum(x != y for x, y in zip(nodes[a], nodes[b])) == 1:
                near[a].append(b)
                near[b].append(a)
    dist = [0] * len(nodes)
    dist[0] = 1
    queue = deque([0])
    while queue:
        u = queue.popleft()
        for v in near[u]:
            if not dist[v]:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist[index[end]]


def write(name, begin, end, words, check_pairs=True):
    assert 1 <= len(begin) <= 10 and len(end) == len(begin) and begin != end
    assert 1 <= len(words) <= COUNT and len(set(words)) == len(words)
    assert all(len(w) == len(begin) and w.isalpha() and w.islower() for w in words + [begin, end])
    answer = by_changes(begin, end, words)
    if check_pairs:
        assert answer == by_pairs(begin, end, words)
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"beginWord": begin, "endWord": end, "wordList": words}, f,
                  separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {answer}")


def random_words(rng, count, length, alphabet):
    seen = set()
    while len(seen) < count:
        seen.add("".join(rng.choice(alphabet) for _ in range(length)))
    words = sorted(seen)
    rng.shuffle(words)
    return words


def main():
    rng = random.Random(127)

    # A chain: each word changes one random letter of the one before, never repeating a
    # word; begin is one change away from the first word.
    chain = ["".join(rng.choice(string.ascii_lowercase) for _ in range(10))]
    seen = set(chain)
    while len(chain) < COUNT:
        w = chain[-1]
        i = rng.randrange(10)
        nxt = w[:i] + rng.choice(string.ascii_lowercase.replace(w[i], "")) + w[i + 1:]
        if nxt not in seen:
            seen.add(nxt)
            chain.append(nxt)
    begin = "z" + chain[0][1:] if chain[0][0] != "z" else "y" + chain[0][1:]
    assert begin not in seen
    words = chain[:]
    rng.shuffle(words)
    write("max-size-chain", begin, chain[-1], words)

    # 5000 random words of length 10 over "abc" (8% of the 59,049 possible): a sparse
    # graph with long detours. Begin: the first word in the largest group of connected
    # words; end: the word of that group farthest from it.
    words = random_words(rng, COUNT, 10, "abc")
    known = set(words)

    def reach(start):
        steps = {start: 1}
        queue = deque([start])
        while queue:
            w = queue.popleft()
            for i in range(10):
                for c in "abc":
                    nxt = w[:i] + c + w[i + 1:]
                    if nxt in known and nxt not in steps:
                        steps[nxt] = steps[w] + 1
                        queue.append(nxt)
        return steps

    begin = next(w for w in words if len(reach(w)) > COUNT // 2)
    steps = reach(begin)
    far = max(steps, key=lambda w: (steps[w], w))
    write("max-size-sparse-far", begin, far, words)

    # 5000 of the 15,625 words of 3 letters a..y: a dense graph, short ladders.
    dense = random_words(rng, COUNT, 3, "abcdefghijklmnopqrstuvwxy")
    write("max-size-dense", "abc", dense[7] if dense[7] != "abc" else dense[8], dense)
    # The same list plus "zzz" as the end: it is in the list, but no other word has two z's.
    write("max-size-end-isolated", "abc", "zzz", dense[:-1] + ["zzz"])
    # The end word is not in the list at all.
    write("max-size-end-missing", "abc", "zzz", dense)


if __name__ == "__main__":
    main()
