// Makes a 32-bit system call with `int $0x80` (number 2: fork), where a filter that only
// knows the 64-bit numbers would see something else. Must be a runtime error, and no
// process may outlive the judge.
#include <cstdio>

int main() {
  long result = 2;  // __NR_fork in the i386 table
  asm volatile("int $0x80" : "+a"(result) : : "memory");
  if (result == 0) {
    for (;;) {
    }
  }
  if (result < 0) return 1;
  std::printf("escaped: forked %ld\n", result);
}
