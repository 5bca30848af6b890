# Replaces every clock of the time module with one that stands still, then burns ~150 ms
# of CPU and answers correctly. Accepted, but the reported time must still be the real
# one (the judge times the call from outside Python).
import time

for name in ("perf_counter", "perf_counter_ns", "process_time", "process_time_ns", "thread_time",
             "thread_time_ns", "time", "time_ns", "monotonic", "monotonic_ns"):
    setattr(time, name, lambda: 0)


class Solution:
    def answer(self, n: int) -> int:
        spin = 0
        for i in range(3_000_000):
            spin += i
        primes = []
        candidate = 2
        while len(primes) < n:
            if all(candidate % p for p in primes if p * p <= candidate):
                primes.append(candidate)
            candidate += 1
        return primes[-1]
