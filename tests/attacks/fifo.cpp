// Makes a FIFO in /tmp and opens it, which blocks until a writer comes: a way to hang, or
// to talk to another run. Must be a runtime error, and the FIFO must not exist afterwards.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

int main() {
  if (mkfifo("/tmp/judge-attack-fifo-cpp", 0666) != 0) return 1;
  std::printf("escaped: made a FIFO\n");
  std::fflush(stdout);
  const int fd = open("/tmp/judge-attack-fifo-cpp", O_RDONLY);
  return fd < 0 ? 1 : 0;
}
