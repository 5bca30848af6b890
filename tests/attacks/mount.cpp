// Mounts a tmpfs over its working directory. Must be a runtime error.
#include <sys/mount.h>

#include <cstdio>

int main() {
  if (mount("none", ".", "tmpfs", 0, nullptr) != 0) return 1;
  std::printf("escaped: mounted\n");
}
