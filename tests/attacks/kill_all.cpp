// kill(-1, SIGKILL): every process the sandbox's user may signal, the judge (or, when the
// judge runs as nobody, the judge's whole session) included. Must be a runtime error and
// the judge must survive to report it.
#include <signal.h>

#include <cstdio>

int main() {
  if (kill(-1, SIGKILL) != 0) return 1;
  std::printf("escaped: signalled everyone\n");
}
