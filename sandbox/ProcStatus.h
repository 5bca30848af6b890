// ProcStatus: one size field ("VmHWM:", "VmSize:") of /proc/<pid>/status, in bytes; 0 when
// the process or the field is gone.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string_view>

namespace sandbox {

std::int64_t ProcStatusBytes(pid_t pid, std::string_view field);

}  // namespace sandbox
