// Enters new user and mount namespaces, where it would be root and could remount the
// file system its own way. Must be a runtime error.
#include <sched.h>

#include <cstdio>

int main() {
  if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) return 1;
  std::printf("escaped: unshared\n");
}
