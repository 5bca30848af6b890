// Plants a symlink /tmp/judge-attack-symlink-cpp -> /etc/passwd (a trap for whoever
// writes there next, or a way around a path check) and reads through it. Must be a runtime
// error; the link must not exist afterwards and the file's content never shows.
#include <fcntl.h>
#include <unistd.h>

int main() {
  if (symlink("/etc/passwd", "/tmp/judge-attack-symlink-cpp") != 0) return 1;
  const int fd = open("/tmp/judge-attack-symlink-cpp", O_RDONLY);
  if (fd < 0) return 1;
  char buffer[4096];
  const ssize_t n = read(fd, buffer, sizeof buffer);
  if (n <= 0) return 1;
  (void)!write(1, buffer, n);
  (void)!write(2, buffer, n);
}
