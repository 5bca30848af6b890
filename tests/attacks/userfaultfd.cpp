// Creates a userfaultfd, the usual tool to win kernel races in exploits. Must be a runtime
// error.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>

int main() {
  const long fd = syscall(__NR_userfaultfd, O_CLOEXEC);
  if (fd < 0) return 1;
  std::printf("escaped: userfaultfd %ld\n", fd);
}
