// Runner: what every language adapter offers the judge: Prepare a source file for a task
// (compile it, or check it), then Run it on stdio inputs or RunCalls on function-mode cases.
// It reports what happened and never decides a verdict.
#pragma once

#include <expected>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <variant>

#include "runners/Task.h"
#include "runners/WorkDir.h"
#include "runners/call/CallOutcome.h"
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
  std::filesystem::path executable;  // a compiled program; empty for an interpreted one
  std::string source;                // an interpreted program's text
  Task task;
  std::int64_t prepare_time_ms = 0;
  bool build_cached = false;  // an identical earlier build was reused (CompiledSolutionCache.h)
  std::string runtime;  // what runs it, for reproducibility: "CPython 3.11.2, hash seed 0"
};

using Preparation = std::variant<Prepared, CompileFailure>;

class Runner {
 public:
  virtual ~Runner() = default;
  virtual std::expected<Preparation, RunnerError> Prepare(const std::filesystem::path& source,
                                                          const Task& task) = 0;
  /// Stdio mode: one run of the program on `input`.
  virtual std::expected<sandbox::RunResult, RunnerError> Run(const Prepared& program,
                                                             const std::string& input,
                                                             const sandbox::RunLimits& limits) = 0;
  /// Function and design modes: every case (encoded by CallInput.h), in as few sandboxed
  /// processes as the cases' crashes allow. A runner whose Prepare left compiling to the
  /// run reports a source that does not compile in BatchOutcome::compile_diagnostics.
  virtual std::expected<BatchOutcome, RunnerError> RunCalls(const Prepared& program,
                                                            std::span<const std::string> cases,
                                                            const CallLimits& limits) = 0;
};

}  // namespace runners
