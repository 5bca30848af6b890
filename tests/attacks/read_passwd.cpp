// Reads /etc/passwd and shows it on stdout and stderr, where a report would quote it.
// Must be a runtime error, and no line of the file may appear in the report.
#include <fcntl.h>
#include <unistd.h>

int main() {
  const int fd = open("/etc/passwd", O_RDONLY);
  if (fd < 0) return 1;
  char buffer[4096];
  const ssize_t n = read(fd, buffer, sizeof buffer);
  if (n <= 0) return 1;
  (void)!write(1, buffer, n);
  (void)!write(2, buffer, n);
}
