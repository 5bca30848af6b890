// PythonRunner: runs Python solutions in children of the Python zygote (CPython embedded
// with pybind11; no python3 executable is ever started), sandboxed like compiled programs.
#pragma once

#include "runners/Runner.h"

namespace runners::python {

class PythonRunner : public Runner {
 public:
  /// Stdio mode: checks the syntax (a SyntaxError is the candidate's CE, with line and
  /// column). Function and design modes leave that to RunCalls' own process.
  std::expected<Preparation, RunnerError> Prepare(const std::filesystem::path& source,
                                                  const Task& task) override;
  std::expected<sandbox::RunResult, RunnerError> Run(const Prepared& program,
                                                     const std::string& input,
                                                     const sandbox::RunLimits& limits) override;
  std::expected<BatchOutcome, RunnerError> RunCalls(const Prepared& program,
                                                    std::span<const std::string> cases,
                                                    const CallLimits& limits) override;
};

}  // namespace runners::python
