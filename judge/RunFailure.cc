#include "judge/RunFailure.h"

#include <fmt/format.h>

namespace judge {

std::optional<std::pair<Verdict, std::string>> RunFailure(const sandbox::RunResult& run) {
  using sandbox::RunStatus;
  switch (run.status) {
    case RunStatus::Exited:
      if (run.exit_code == 0) return std::nullopt;
      if (!run.reason.empty()) return std::pair{Verdict::RuntimeError, run.reason};
      return std::pair{Verdict::RuntimeError, fmt::format("exit code {}", run.exit_code)};
    case RunStatus::Signaled:
      return std::pair{Verdict::RuntimeError,
                       fmt::format("killed by signal {} ({})", run.signal, run.reason)};
    case RunStatus::Timeout: return std::pair{Verdict::TimeLimit, run.reason};
    case RunStatus::MemoryLimit: return std::pair{Verdict::MemoryLimit, run.reason};
    case RunStatus::OutputLimit: return std::pair{Verdict::OutputLimit, run.reason};
    case RunStatus::Violation:
      return std::pair{Verdict::RuntimeError,
                       "forbidden system call: the sandbox stopped the program"};
  }
  return std::pair{Verdict::InternalError, "unknown run status"};
}

}  // namespace judge
