// MemoryFile: an anonymous in-memory file (memfd) holding given bytes, read from its start:
// how a run's stdin and a fork server's payload reach a child as a descriptor.
#pragma once

#include <expected>
#include <string_view>

#include "sandbox/SandboxError.h"

namespace sandbox {

/// A close-on-exec descriptor the caller owns, positioned at offset 0.
std::expected<int, SandboxError> MemoryFileWith(const char* name, std::string_view data);

}  // namespace sandbox
