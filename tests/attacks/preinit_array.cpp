// Acts from .preinit_array, which runs before every global constructor and before main:
// the sandbox must already be in place then. Must be a runtime error, and the file must
// not exist afterwards.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

static void Early(int, char**, char**) {
  if (open("/tmp/judge-attack-preinit-array", O_WRONLY | O_CREAT, 0644) < 0) _exit(1);
}
using Hook = void (*)(int, char**, char**);
__attribute__((section(".preinit_array"), used)) static const Hook kEarly = Early;

int main() { std::printf("7919\n"); }
