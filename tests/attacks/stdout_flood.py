# Writes to stdout without end, to fill the judge's memory or disk. Must be an output
# limit, with a judge that stays small and a report that stays short.
import sys

block = "y" * (1 << 16)
while True:
    sys.stdout.write(block)
