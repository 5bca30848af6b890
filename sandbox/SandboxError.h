// SandboxError: the sandbox itself failed (a syscall during setup, a bad policy), as
// opposed to the sandboxed program failing. Callers turn it into an internal error.
#pragma once

#include <string>

namespace sandbox {

struct SandboxError {
  std::string message;  // names the step and the failing call with errno, like nsjail
};

/// "<what>: <strerror(err)>"
SandboxError ErrnoError(const std::string& what, int err);

}  // namespace sandbox
