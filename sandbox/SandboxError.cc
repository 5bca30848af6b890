#include "sandbox/SandboxError.h"

#include <cstring>

namespace sandbox {

SandboxError ErrnoError(const std::string& what, int err) {
  return SandboxError{what + ": " + std::strerror(err)};
}

}  // namespace sandbox
