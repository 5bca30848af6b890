// Tries to attach with ptrace to the processes just below its own pid (the judge among
// them), without asking getppid(), to read or rewrite them. Must be a runtime error; the
// judge survives untouched.
#include <sys/ptrace.h>
#include <unistd.h>

#include <cstdio>

int main() {
  for (pid_t target = getpid() - 1; target > 1 && target > getpid() - 256; --target) {
    if (ptrace(PTRACE_ATTACH, target, nullptr, nullptr) == 0) {
      std::printf("attached to %d\n", target);
      return 0;
    }
  }
  return 1;
}
