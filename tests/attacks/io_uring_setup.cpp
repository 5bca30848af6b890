// Sets up an io_uring through a raw syscall(): its requests (open, connect, ...) are
// performed by the kernel without passing through seccomp. Must be a runtime error.
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>

int main() {
  unsigned char params[120] = {};  // struct io_uring_params, all zero
  const long fd = syscall(__NR_io_uring_setup, 4, params);
  if (fd < 0) return 1;
  std::printf("escaped: io_uring %ld\n", fd);
}
