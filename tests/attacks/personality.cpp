// Changes its execution domain (no address randomisation, readable implies executable),
// which weakens every later exploit. Must be a runtime error.
#include <sys/personality.h>

#include <cstdio>

int main() {
  if (personality(ADDR_NO_RANDOMIZE | READ_IMPLIES_EXEC) < 0) return 1;
  std::printf("escaped: personality\n");
}
