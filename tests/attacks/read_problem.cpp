// Looks for the hidden tests and expected outputs: problem.yaml next to it, one folder up,
// and at the problem folder's absolute path (which the test substitutes in, as a
// candidate could guess it). Must be a runtime error; the problem's secret never shows.
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

static bool Show(const char* path) {
  const int fd = open(path, O_RDONLY);
  if (fd < 0) return false;
  char buffer[4096];
  const ssize_t n = read(fd, buffer, sizeof buffer);
  if (n <= 0) return false;
  (void)!write(1, buffer, n);
  (void)!write(2, buffer, n);
  return true;
}

int main() {
  bool found = Show("@PROBLEM_DIR@/problem.yaml");
  found = Show("problem.yaml") || found;
  found = Show("../problem.yaml") || found;
  if (DIR* dir = opendir("@PROBLEM_DIR@")) {
    while (dirent* entry = readdir(dir)) std::fprintf(stderr, "%s\n", entry->d_name);
    found = true;
  }
  return found ? 0 : 1;
}
