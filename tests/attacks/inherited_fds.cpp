// Looks for descriptors beyond stdin, stdout and stderr that the judge let it inherit (a
// pipe, a socket, a directory to escape through). There must be none: finding one says
// so on stdout (a wrong answer); finding none is a runtime error by exit code.
#include <fcntl.h>
#include <sys/stat.h>

#include <cstdio>

int main() {
  bool found = false;
  for (int fd = 3; fd < 4096; ++fd) {
    struct stat info;
    if (fcntl(fd, F_GETFD) >= 0 && fstat(fd, &info) == 0) {
      std::printf("escaped: descriptor %d is open (mode %o)\n", fd, info.st_mode);
      found = true;
    }
  }
  return found ? 0 : 1;
}
