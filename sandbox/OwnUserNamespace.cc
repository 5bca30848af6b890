#include "sandbox/OwnUserNamespace.h"

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace sandbox {
namespace {

// Writes `text` to a /proc/self file; 0 or an errno.
int WriteProcFile(const char* path, const char* text, std::size_t size) {
  const int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int err = write(fd, text, size) == static_cast<ssize_t>(size) ? 0 : errno;
  close(fd);
  return err;
}

// Formats "<id> <id> 1\n" into `out`, without allocating (this runs after fork).
std::size_t IdMap(unsigned id, char* out) {
  char digits[16];
  int count = 0;
  do digits[count++] = static_cast<char>('0' + id % 10);
  while ((id /= 10) != 0);
  std::size_t size = 0;
  for (int copy = 0; copy < 2; ++copy) {
    for (int i = count - 1; i >= 0; --i) out[size++] = digits[i];
    out[size++] = ' ';
  }
  out[size++] = '1';
  out[size++] = '\n';
  return size;
}

}  // namespace

UserNamespaceEntry EnterOwnUserNamespace(int also) {
  const uid_t uid = geteuid();
  const gid_t gid = getegid();
  if (unshare(CLONE_NEWUSER | also) != 0) return {errno, false};
  char map[64];
  // An unprivileged process may map its gid only once setgroups is denied.
  int err = WriteProcFile("/proc/self/setgroups", "deny", 4);
  if (err == 0) err = WriteProcFile("/proc/self/uid_map", map, IdMap(uid, map));
  if (err == 0) err = WriteProcFile("/proc/self/gid_map", map, IdMap(gid, map));
  return {err, err != 0};
}

}  // namespace sandbox
