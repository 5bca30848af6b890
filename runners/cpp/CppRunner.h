// CppRunner: compiles a C++ solution with g++ inside the sandbox (gnu++20, -O2, static, as
// LeetCode compiles; wrapped in a generated harness for function and design modes) and
// runs the binary under the strict program policy.
#pragma once

#include <string>
#include <vector>

#include "runners/Runner.h"

namespace runners::cpp {

/// 20 s of CPU (60 s wall) and 1 GiB: generous for any real solution, bounded for a hostile
/// include.
sandbox::RunLimits DefaultCompileLimits();

struct CompileSettings {
  std::string compiler = "g++";  // looked up on PATH by the judge, outside the sandbox
  std::vector<std::string> flags = {"-std=gnu++20", "-O2", "-pipe", "-static"};
  sandbox::RunLimits limits = DefaultCompileLimits();
  // <bits/stdc++.h> from the cache's precompiled header (PrecompiledPrelude.h): forced on
  // the function and design harnesses, which start with it; found by a stdio source's own
  // #include where g++ finds it usable. A compile then takes a quarter of the time.
  bool precompile_prelude = true;
  // Link with the fastest linker installed (FastLinker.h).
  bool fast_linker = true;
  // Reuse the build of an identical recipe (CompiledSolutionCache.h).
  bool cache_builds = true;
};

class CppRunner : public Runner {
 public:
  explicit CppRunner(CompileSettings settings = {}) : settings_(std::move(settings)) {}

  std::expected<Preparation, RunnerError> Prepare(const std::filesystem::path& source,
                                                  const Task& task) override;
  std::expected<sandbox::RunResult, RunnerError> Run(const Prepared& program,
                                                     const std::string& input,
                                                     const sandbox::RunLimits& limits) override;
  std::expected<BatchOutcome, RunnerError> RunCalls(const Prepared& program,
                                                    std::span<const std::string> cases,
                                                    const CallLimits& limits) override;

 private:
  CompileSettings settings_;
};

}  // namespace runners::cpp
