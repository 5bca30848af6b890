// Sleeps forever, using no CPU, so that a CPU limit alone never fires. Must be a time
// limit on wall time.
#include <unistd.h>

int main() {
  for (;;) sleep(1000);
}
