// Kills its parent (the judge, or whatever supervises the run). Must be a runtime error,
// reported by a judge that is still alive.
#include <signal.h>
#include <unistd.h>

#include <cstdio>

int main() {
  if (kill(getppid(), SIGKILL) != 0) return 1;
  std::printf("escaped: killed the parent\n");
}
