// Allocates and touches memory without end, a mebibyte at a time. Must be a memory limit,
// quickly, with the judge (and the machine) unharmed.
#include <cstring>

int main() {
  for (;;) {
    char* block = new char[1 << 20];
    std::memset(block, 1, 1 << 20);
  }
}
