// Pushes a command into the input queue of its terminal with TIOCSTI, which the user's
// shell would run after the judge exits, should the judge pass its terminal on. Must be
// a runtime error.
#include <sys/ioctl.h>

#include <cstdio>

int main() {
  const char* command = "touch /tmp/judge-attack-tiocsti\n";
  for (const char* c = command; *c != '\0'; ++c) {
    for (int fd = 0; fd <= 2; ++fd) {
      if (ioctl(fd, TIOCSTI, c) != 0) return 1;
    }
  }
  std::printf("escaped: typed into the terminal\n");
}
