#include "sandbox/MemoryFile.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "sandbox/WriteFully.h"

namespace sandbox {

std::expected<int, SandboxError> MemoryFileWith(const char* name, std::string_view data) {
  const int fd = memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) return std::unexpected(ErrnoError("memfd_create", errno));
  const auto fail = [&](const char* what) {
    const int error = errno;
    close(fd);
    return std::unexpected(ErrnoError(std::string(what) + " " + name, error));
  };
  if (!WriteFully(fd, data)) return fail("writing");
  if (lseek(fd, 0, SEEK_SET) != 0) return fail("rewinding");
  return fd;
}

}  // namespace sandbox
