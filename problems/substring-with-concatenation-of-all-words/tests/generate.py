#!/usr/bin/env python3
"""Writes the large Substring with Concatenation of All Words tests (deterministic). Run from
the problem folder:  /usr/bin/python3 tests/generate.py
Each file is a JSON object {"s": ..., "words": [...]}; the expected starts are printed and
written inline in problem.yaml. They come from the brute force (every start, cut into
words, compared as multisets), which also checks the hand-written tests."""
import json
import random
from collections import Counter

S_MAX = 10_000
COUNT_MAX = 5000
LENGTH_MAX = 30


def brute(s, words):
    length = len(words[0])
    total = length * len(words)
    need = Counter(words)
    return [i for i in range(len(s) - total + 1)
            if Counter(s[i + j * length:i + (j + 1) * length] for j in range(len(words))) == need]


HAND = [
    ("barfoothefoobarman", ["foo", "bar"], [0, 9]),
    ("wordgoodgoodgoodbestword", ["word", "good", "best", "word"], []),
    ("barfoofoobarthefoobarman", ["bar", "foo", "the"], [6, 9, 12]),
    ("a", ["a"], [0]),
    ("ab", ["abc"], []),
    ("foofoofoo", ["foo", "foo"], [0, 3]),
    ("aaaaaaaa", ["aa", "aa", "aa"], [0, 1, 2]),
    ("xxbarfoo", ["foo", "bar"], [2]),
    ("lingmindraboofooowingdingbarrwingmonkeypoundcake", ["fooo", "barr", "wing", "ding", "wing"], [13]),
    ("ababaab", ["ab", "ba", "ba"], [1]),
    ("wordgoodgoodgoodbestword", ["word", "good", "best", "good"], [8]),
    ("baab", ["ab", "ab"], []),
    ("abcabc", ["a", "b", "c"], [0, 1, 2, 3]),
    ("abcdef", ["gh", "ij"], []),
    ("barbar", ["bar", "foo"], []),
    ("xbarfoobar", ["bar", "foo"], [1, 4]),
    ("aaa", ["a", "a"], [0, 1]),
]


def write(name, s, words):
    assert 1 <= len(s) <= S_MAX and 1 <= len(words) <= COUNT_MAX
    assert len({len(w) for w in words}) == 1 and 1 <= len(words[0]) <= LENGTH_MAX
    assert all(c.islower() for c in s + "".join(words))
    with open(f"tests/{name}.json", "w") as f:
        json.dump({"s": s, "words": words}, f, separators=(",", ":"))
        f.write("\n")
    print(name, json.dumps(brute(s, words), separators=(",", ":")))


def main():
    for s, words, want in HAND:
        assert brute(s, words) == want, (s, words, brute(s, words), want)

    rng = random.Random(30)
    # 5000 two-letter words that make up s exactly, in another order: one window, at 0.
    words = ["".join(rng.choice("abc") for _ in range(2)) for _ in range(COUNT_MAX)]
    s = "".join(words)
    rng.shuffle(words)
    write("max-size-one-window", s, words)
    # s is 10^4 a's and the words are 333 copies of 30 a's: 11 windows.
    write("max-size-same-letter", "a" * S_MAX, ["a" * LENGTH_MAX] * 333)
    # Ten words of 30 random letters, planted a few times in random text (in varying order
    # and at every offset modulo 30).
    words = ["".join(rng.choice("ab") for _ in range(LENGTH_MAX)) for _ in range(10)]
    s = [rng.choice("ab") for _ in range(S_MAX)]
    for start in (7, 1234, 1534, 5000, 9699):
        rng.shuffle(words)
        s[start:start + 300] = "".join(words)
    write("max-size-long-words", "".join(s[:S_MAX]), words)
    # Forty two-letter words over "ab" in random "ab" text: windows fail after a few dozen
    # words, and a few succeed.
    words = ["".join(rng.choice("ab") for _ in range(2)) for _ in range(40)]
    write("max-size-short-words", "".join(rng.choice("ab") for _ in range(S_MAX)), words)
    # 5000 words of "aa" but one "ab", and s all a's: the only window misses the "ab".
    write("max-size-no-window", "a" * S_MAX, ["aa"] * (COUNT_MAX - 1) + ["ab"])


if __name__ == "__main__":
    main()
