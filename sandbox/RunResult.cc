#include "sandbox/RunResult.h"

namespace sandbox {

std::string_view RunStatusName(RunStatus status) {
  switch (status) {
    case RunStatus::Exited: return "exited";
    case RunStatus::Signaled: return "signaled";
    case RunStatus::Timeout: return "timeout";
    case RunStatus::MemoryLimit: return "memory-limit";
    case RunStatus::OutputLimit: return "output-limit";
    case RunStatus::Violation: return "violation";
  }
  return "?";
}

}  // namespace sandbox
