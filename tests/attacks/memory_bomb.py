# Allocates and touches memory without end. Must be a memory limit, quickly, with the
# judge (and the machine) unharmed.
blocks = []
while True:
    blocks.append(b"x" * (16 << 20))
