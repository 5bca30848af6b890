// WriteFully: writes all of a buffer to a descriptor, across short writes and EINTR; the
// one loop that stdin files, payloads and harness records all need.
#pragma once

#include <string_view>

namespace sandbox {

/// False when the descriptor fails (errno says why).
bool WriteFully(int fd, std::string_view text);

}  // namespace sandbox
