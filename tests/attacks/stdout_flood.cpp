// Writes to stdout without end, to fill the judge's memory or disk. Must be an output
// limit, with a judge that stays small and a report that stays short.
#include <unistd.h>

#include <cstring>

int main() {
  static char block[1 << 16];
  std::memset(block, 'y', sizeof block);
  for (;;) {
    if (write(1, block, sizeof block) < 0) return 1;
  }
}
