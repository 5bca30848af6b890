// Runner: what every language adapter offers the judge: Prepare a source file (compile,
// or check it) and Run the prepared program on one input under limits. It reports what
// happened and never decides a verdict.
#pragma once

#include <expected>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>

#include "runners/WorkDir.h"
#include "sandbox/RunLimits.h"
#include "sandbox/RunResult.h"

namespace runners {

/// A failure of the judge's machinery (not of the candidate's program).
struct RunnerError {
  std::string message;
};

/// The source does not build: the candidate's fault, shown to them as CE.
struct CompileFailure {
  std::string diagnostics;  // the compiler's first errors, with the work dir's path removed
};

/// A program ready to run; owns the folder it lives in.
struct Prepared {
  std::shared_ptr<WorkDir> work_dir;
  std::filesystem::path executable;
  std::int64_t prepare_time_ms = 0;
};

using Preparation = std::variant<Prepared, CompileFailure>;

class Runner {
 public:
  virtual ~Runner() = default;
  virtual std::expected<Preparation, RunnerError> Prepare(const std::filesystem::path& source) = 0;
  virtual std::expected<sandbox::RunResult, RunnerError> Run(const Prepared& program,
                                                             const std::string& input,
                                                             const sandbox::RunLimits& limits) = 0;
};

}  // namespace runners
