#include "runners/cpp/CppRunner.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include <spdlog/spdlog.h>

#include "runners/SourceText.h"
#include "runners/call/CallBatch.h"
#include "runners/cpp/CompiledSolutionCache.h"
#include "runners/cpp/CompilerLaunch.h"
#include "runners/cpp/CppPolicies.h"
#include "runners/cpp/FastLinker.h"
#include "runners/cpp/PrecompiledPrelude.h"
#include "runners/cpp/HarnessSource.h"
#include "sandbox/Launcher.h"

namespace runners::cpp {
namespace {

namespace fs = std::filesystem;

constexpr int kDiagnosticLines = 40;

std::expected<fs::path, RunnerError> FindOnPath(const std::string& name) {
  if (name.find('/') != std::string::npos) return fs::canonical(name);
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const fs::path candidate = fs::path(dir) / name;
    if (access(candidate.c_str(), X_OK) == 0) {
      std::error_code error;
      fs::path resolved = fs::canonical(candidate, error);
      if (!error) return resolved;
    }
  }
  return std::unexpected(RunnerError{"compiler '" + name + "' not found on PATH"});
}

// The candidate sees their own file name in diagnostics when it is a plain one.
std::string SourceNameFor(const fs::path& source) {
  static const std::regex plain("[A-Za-z0-9_.-]+\\.(cpp|cc|cxx|C)");
  const std::string name = source.filename().string();
  return std::regex_match(name, plain) ? name : "solution.cpp";
}

std::string FirstLines(const std::string& text, int lines) {
  std::size_t end = 0;
  for (int i = 0; i < lines && end != std::string::npos; ++i) {
    end = text.find('\n', end == 0 ? 0 : end + 1);
  }
  if (end == std::string::npos) return text;
  return text.substr(0, end + 1) + "[... more diagnostics cut ...]\n";
}

std::int64_t ElapsedMs(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               since)
      .count();
}

}  // namespace

sandbox::RunLimits DefaultCompileLimits() {
  sandbox::RunLimits limits;
  limits.cpu_time_ms = 20'000;
  // Wall time is generous: a loaded 2-core machine (a parallel verify) must never turn a
  // slow compile into a compile error; CPU and memory stop hostile sources.
  limits.wall_time_ms = 60'000;
  limits.memory_bytes = 1LL << 30;
  limits.output_bytes = 1 << 20;
  limits.file_size_bytes = 256LL << 20;
  limits.open_files = 128;
  limits.processes = 512;
  return limits;
}

std::expected<Preparation, RunnerError> CppRunner::Prepare(const fs::path& source,
                                                          const Task& task) {
  const auto started = std::chrono::steady_clock::now();
  auto text = ReadSourceText(source);
  if (!text) return std::unexpected(text.error());

  auto dir = WorkDir::Create();
  if (!dir) return std::unexpected(RunnerError{dir.error()});
  auto work_dir = std::make_shared<WorkDir>(std::move(*dir));
  const std::string source_name = SourceNameFor(source);
  // In function and design modes the compiled file is the harness around the candidate's
  // code; diagnostics still name the candidate's file and lines.
  std::string program_text = *text;
  std::string compiled_name = source_name;
  if (task.mode == judge::ProblemMode::Function) {
    program_text = FunctionHarness(*task.signature, program_text, source_name);
    compiled_name = "judge-harness.cpp";
  } else if (task.mode == judge::ProblemMode::Design) {
    program_text = DesignHarness(*task.design, program_text, source_name);
    compiled_name = "judge-harness.cpp";
  }
  const fs::path copy = work_dir->path() / compiled_name;
  {
    std::ofstream out(copy, std::ios::binary);
    out << program_text;
    if (!out.flush()) return std::unexpected(RunnerError{"cannot write " + copy.string()});
  }
  chmod(copy.c_str(), 0644);

  const auto& policy = CompilerPolicy();
  if (!policy) return std::unexpected(RunnerError{"compiler policy: " + policy.error().message});
  auto compiler = FindOnPath(settings_.compiler);
  if (!compiler) return std::unexpected(compiler.error());

  std::vector<std::string> flags = settings_.flags;
  if (task.count_operations && task.mode != judge::ProblemMode::Stdio) {
    // Every basic block calls the harness's counter (HarnessCore.inc).
    flags.insert(flags.end(), {"-fsanitize-coverage=trace-pc", "-DJUDGE_COUNT_OPERATIONS"});
  }
  std::vector<std::string> argv = {settings_.compiler};
  argv.insert(argv.end(), flags.begin(), flags.end());
  std::vector<fs::path> readable;
  if (settings_.precompile_prelude) {
    if (auto prelude = PrecompiledPrelude(*compiler, flags, settings_.limits); !prelude) {
      spdlog::debug("compiling without a precompiled prelude: {}", prelude.error().message);
    } else if (task.mode != judge::ProblemMode::Stdio) {
      // The harness starts with the same #include, so this changes nothing but the speed.
      argv.insert(argv.end(), {"-include", prelude->header.string()});
      readable.push_back(prelude->header.parent_path());
    } else {
      // A source is compiled as written: its own #include <bits/stdc++.h> finds the .gch
      // here first, and g++ uses it only where it stands for the header exactly (a #define
      // before the #include that the header mentions sends g++ on to the real header).
      argv.insert(argv.end(), {"-I", prelude->include_dir.string()});
      readable.push_back(prelude->include_dir);
    }
  }
  // The linker changes how long linking takes, not the program (CompiledSolutionCache keys
  // on the whole command line all the same).
  if (settings_.fast_linker && FastLinkerFlag()) argv.push_back(*FastLinkerFlag());
  argv.insert(argv.end(), {compiled_name, "-o", "program"});
  const fs::path program = work_dir->path() / "program";
  const auto prepared_program = [&](bool cached) {
    Prepared prepared;
    prepared.work_dir = work_dir;
    prepared.executable = program;
    prepared.task = task;
    prepared.prepare_time_ms = ElapsedMs(started);
    prepared.build_cached = cached;
    prepared.runtime = settings_.compiler;
    for (const auto& flag : settings_.flags) prepared.runtime += " " + flag;
    return prepared;
  };
  const BuildKey build_key = KeyOf({*compiler, argv, program_text});
  if (settings_.cache_builds && RestoreCachedBuild(build_key, program)) {
    return prepared_program(true);
  }
  const sandbox::LaunchSpec spec =
      CompilerLaunch(*compiler, std::move(argv), work_dir->path(), settings_.limits, readable);
  auto result = sandbox::Launch(spec);
  if (!result) return std::unexpected(RunnerError{"compiler sandbox: " + result.error().message});

  const auto seconds = [](std::int64_t ms) { return std::to_string(ms / 1000) + " s"; };
  switch (result->status) {
    case sandbox::RunStatus::Exited:
      if (result->exit_code == 0) {
        if (settings_.cache_builds) {
          if (auto stored = StoreBuild(build_key, program); !stored) spdlog::debug("{}", stored.error());
        }
        return prepared_program(false);
      }
      return CompileFailure{FirstLines(result->stderr_data, kDiagnosticLines)};
    case sandbox::RunStatus::Signaled:
      return CompileFailure{"the compiler was killed by " + result->reason + "\n" +
                            FirstLines(result->stderr_data, kDiagnosticLines)};
    case sandbox::RunStatus::Timeout:
      return CompileFailure{"compilation took longer than " +
                            seconds(settings_.limits.wall_time_ms) + " (" + result->reason + ")\n"};
    case sandbox::RunStatus::MemoryLimit:
      return CompileFailure{"compilation needed more than " +
                            std::to_string(settings_.limits.memory_bytes >> 20) + " MiB\n"};
    case sandbox::RunStatus::OutputLimit:
      return CompileFailure{"the compiler's output exceeded the limit\n" +
                            FirstLines(result->stderr_data, kDiagnosticLines)};
    case sandbox::RunStatus::Violation:
      // The compiler is trusted code; a forbidden call means our policy is missing one.
      return std::unexpected(RunnerError{"the compiler made a system call its policy forbids"});
  }
  return std::unexpected(RunnerError{"unknown compiler outcome"});
}

std::expected<sandbox::RunResult, RunnerError> CppRunner::Run(const Prepared& program,
                                                              const std::string& input,
                                                              const sandbox::RunLimits& limits) {
  const auto& policy = ProgramPolicy();
  if (!policy) return std::unexpected(RunnerError{"program policy: " + policy.error().message});
  sandbox::LaunchSpec spec;
  spec.executable = program.executable;
  spec.argv = {"solution"};
  spec.working_dir = program.work_dir->path();
  spec.stdin_data = input;
  spec.limits = limits;
  spec.policy = &*policy;
  auto result = sandbox::Launch(spec);
  if (!result) return std::unexpected(RunnerError{"sandbox: " + result.error().message});
  return std::move(*result);
}

std::expected<BatchOutcome, RunnerError> CppRunner::RunCalls(const Prepared& program,
                                                             std::span<const std::string> cases,
                                                             const CallLimits& limits) {
  return RunCallBatch(cases, limits,
                      [&](const std::string& input, const sandbox::RunLimits& process_limits) {
                        return Run(program, input, process_limits);
                      });
}

}  // namespace runners::cpp
