#!/usr/bin/env python3
"""Writes the large Word Break tests (deterministic). Run from the problem folder:
    /usr/bin/python3 tests/generate.py
Each file is a JSON object {"s": ..., "wordDict": [...]}. The answers come from a
breadth-first search over the positions of s that a trie of the words can reach
(independent of the DP references); they are printed and written inline in problem.yaml.
The inline tests are checked too, and for short strings also by trying every way to cut s."""
import itertools
import json
import random

MAX_S = 300
MAX_WORDS = 1000
MAX_WORD = 20


def by_trie(s, words):
    trie = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node["$"] = True
    seen = {0}
    queue = [0]
    for start in queue:
        node = trie
        for end in range(start, len(s)):
            node = node.get(s[end])
            if node is None:
                break
            if "$" in node and end + 1 not in seen:
                seen.add(end + 1)
                queue.append(end + 1)
    return len(s) in seen


def by_cuts(s, words):
    """Every set of cut points (2^(n-1) of them)."""
    words = set(words)
    for cuts in itertools.product([False, True], repeat=len(s) - 1):
        pieces, start = [], 0
        for i, cut in enumerate(cuts, 1):
            if cut:
                pieces.append(s[start:i])
                start = i
        pieces.append(s[start:])
        if all(p in words for p in pieces):
            return True
    return False


def answer(s, words):
    assert 1 <= len(s) <= MAX_S and 1 <= len(words) <= MAX_WORDS
    assert all(1 <= len(w) <= MAX_WORD for w in words) and len(set(words)) == len(words)
    assert all(c.islower() for c in s + "".join(words))
    got = by_trie(s, words)
    if len(s) <= 16:
        assert got == by_cuts(s, words), (s, words)
    return got


INLINE = [
    ("leetcode", ["leet", "code"], True), ("applepenapple", ["apple", "pen"], True),
    ("catsandog", ["cats", "dog", "sand", "and", "cat"], False), ("a", ["a"], True),
    ("a", ["b"], False), ("cars", ["car", "ca", "rs"], True), ("aaaaaaa", ["aaaa", "aaa"], True),
    ("ab", ["a", "b"], True), ("aaaaaaab", ["a", "aa", "aaa", "aaaa"], False),
    ("goalspecial", ["go", "goal", "goals", "special"], True), ("abcd", ["a", "abc", "b", "cd"], True),
    ("bb", ["a", "b", "bbb", "bbbb"], True), ("catsanddog", ["cat", "cats", "and", "sand", "dog"], True),
    ("aaaab", ["a", "aa", "ab"], True), ("dogs", ["dog", "s", "gs"], True), ("xyz", ["xy", "yz"], False),
]


def write(name, s, words):
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s, "wordDict": words}, f, separators=(",", ":"))
        f.write("\n")
    print(name, str(answer(s, words)).lower())


def random_words(rng, count, alphabet, lengths, taken=()):
    words = set(taken)
    out = list(taken)
    while len(out) < count:
        w = "".join(rng.choice(alphabet) for _ in range(rng.choice(lengths)))
        if w not in words:
            words.add(w)
            out.append(w)
    return out


def main():
    for s, words, expected in INLINE:
        assert answer(s, words) == expected, (s, words)
    rng = random.Random(139)
    # 999 words of 4..20 letters over "abc", and "c"; s strings words together and pads
    # the end with c's.
    words = random_words(rng, MAX_WORDS - 1, "abc", range(4, MAX_WORD + 1)) + ["c"]
    s = ""
    while True:
        w = rng.choice(words)
        if len(s) + len(w) > MAX_S:
            break
        s += w
    s += "c" * (MAX_S - len(s))
    write("max-size-concatenated", s, words)
    # The classic: "aaa...ab" against a, aa, ..., a*20 (and 980 words without a b).
    chain = ["a" * k for k in range(1, MAX_WORD + 1)]
    write("max-size-trailing-b", "a" * (MAX_S - 1) + "b",
          random_words(rng, MAX_WORDS, "acd", range(2, MAX_WORD + 1), chain))
    # All a's: any split works.
    write("max-size-all-a", "a" * MAX_S, chain)
    # Fifteen words of twenty letters each, among 1000 such words.
    long_words = random_words(rng, MAX_WORDS, "ab", [MAX_WORD])
    write("max-size-long-words", "".join(rng.choice(long_words) for _ in range(MAX_S // MAX_WORD)), long_words)
    # Long words again, with one letter changed at the very end.
    t = "".join(rng.choice(long_words) for _ in range(MAX_S // MAX_WORD))
    write("max-size-last-letter-off", t[:-1] + "c", long_words)


if __name__ == "__main__":
    main()
