// Forks a daemon that leaves the run's process group and session (setsid, then a second
// fork), so that killing the group misses it; the parent answers correctly. Must be a
// runtime error, and no process may outlive the judge.
#include <unistd.h>

#include <cstdio>

int main() {
  const pid_t child = fork();
  if (child < 0) return 1;
  if (child == 0) {
    setsid();
    if (fork() != 0) _exit(0);
    for (;;) sleep(1000);
  }
  std::printf("7919\n");
}
