# Leaves state in the interpreter for the next case: each case of a Python stdio run is a
# fresh fork of the warm zygote, so nothing may carry over. The first case that finds the
# mark says so (a wrong answer); a run with no carry-over is accepted.
import builtins
import sys

if getattr(builtins, "judge_attack_mark", False) or getattr(sys, "judge_attack_mark", False):
    print("persisted: the mark of an earlier case is here")
else:
    builtins.judge_attack_mark = True
    sys.judge_attack_mark = True
    print(7919)
