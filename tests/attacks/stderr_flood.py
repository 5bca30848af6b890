# Writes to stderr without end, hoping only stdout is capped. Must be an output limit,
# with a judge that stays small and a report that stays short.
import sys

block = "e" * (1 << 16)
while True:
    sys.stderr.write(block)
