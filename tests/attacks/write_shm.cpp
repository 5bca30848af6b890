// Leaves a file in /dev/shm, a tmpfs often forgotten by sandboxes. Must be a runtime
// error, and the file must not exist afterwards.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

int main() {
  const int fd = open("/dev/shm/judge-attack-write-shm-cpp", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return 1;
  (void)!write(fd, "owned", 5);
  std::printf("escaped: wrote /dev/shm\n");
}
