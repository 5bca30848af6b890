# LeetCode's implicit Python environment: what a Python solution may use without importing
# it. The zygote runs this once; every solution's namespace starts as a copy of its globals.
from typing import *
from collections import *
from heapq import *
from bisect import *
from math import *
from itertools import *
from functools import *
from string import *
from re import *
from random import *
from operator import *
from sortedcontainers import *
# The modules come last: `from random import *` binds `random` to random.random, and a
# solution calling random.randint (quickselect) needs the module, as on LeetCode.
import typing, collections, heapq, bisect, math, itertools, functools, string, re, random
import operator, sys, copy, array, statistics, decimal, fractions
import sortedcontainers

# What `site` adds for scripts (the judge's interpreter runs without `site`).
exit = quit = sys.exit


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class Node:
    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []
