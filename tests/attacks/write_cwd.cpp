// Leaves a file in its working directory, which may be the judge's or the candidate's own
// folder. Must be a runtime error, and nothing may be left behind.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

int main() {
  const int fd = open("judge-attack-write-cwd-cpp", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return 1;
  (void)!write(fd, "owned", 5);
  std::printf("escaped: wrote a file in the working directory\n");
}
