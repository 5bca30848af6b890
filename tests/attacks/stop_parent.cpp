// Freezes its parent with SIGSTOP, so that nobody enforces the limits, then spins. Must be
// a runtime error, reported on time by a judge that still runs.
#include <signal.h>
#include <unistd.h>

int main() {
  if (kill(getppid(), SIGSTOP) != 0) return 1;
  for (volatile unsigned long spin = 0;; ++spin) {
  }
}
