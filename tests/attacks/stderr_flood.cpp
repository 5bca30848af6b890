// Writes to stderr without end, hoping only stdout is capped. Must be an output limit,
// with a judge that stays small and a report that stays short.
#include <unistd.h>

#include <cstring>

int main() {
  static char block[1 << 16];
  std::memset(block, 'e', sizeof block);
  for (;;) {
    if (write(2, block, sizeof block) < 0) return 1;
  }
}
