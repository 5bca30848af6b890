#include "runners/python/PythonRunner.h"

#include <algorithm>
#include <chrono>

#include "runners/SourceText.h"
#include "runners/call/CallBatch.h"
#include "runners/python/PythonEntry.h"
#include "runners/python/PythonInterpreter.h"
#include "runners/python/PythonZygote.h"
#include "sandbox/Launcher.h"

namespace runners::python {
namespace {

std::expected<sandbox::RunResult, RunnerError> RunChild(const Task& task,
                                                        const std::string& payload,
                                                        const std::string& input,
                                                        const sandbox::RunLimits& limits) {
  const bool numpy = std::ranges::find(task.python_preload, "numpy") != task.python_preload.end();
  auto zygote = PythonZygote(numpy);
  if (!zygote) return std::unexpected(RunnerError{zygote.error()});
  sandbox::LaunchSpec spec;
  spec.fork_server = *zygote;
  spec.payload = payload;
  spec.stdin_data = input;
  spec.limits = limits;
  auto result = sandbox::Launch(spec);
  if (!result) return std::unexpected(RunnerError{"sandbox: " + result.error().message});
  return std::move(*result);
}

}  // namespace

std::expected<Preparation, RunnerError> PythonRunner::Prepare(const std::filesystem::path& source,
                                                              const Task& task) {
  const auto started = std::chrono::steady_clock::now();
  auto text = ReadSourceText(source);
  if (!text) return std::unexpected(text.error());
  Prepared prepared;
  prepared.source = *text;
  prepared.task = task;
  prepared.runtime = std::string("CPython ") + PythonVersion() + ", hash seed " +
                     std::to_string(kPythonHashSeed);
  // Function and design modes compile in the batch's own process (its "C" record): a
  // process of its own for the syntax would cost more than all of a short run's calls.
  if (task.mode != judge::ProblemMode::Stdio) return prepared;
  sandbox::RunLimits limits;
  limits.cpu_time_ms = 5000;
  limits.wall_time_ms = 20000;
  limits.memory_bytes = 512LL << 20;
  limits.output_bytes = 1 << 20;
  auto checked = RunChild(task, CheckPayload(*text), "", limits);
  if (!checked) return std::unexpected(checked.error());
  if (checked->status == sandbox::RunStatus::Exited && checked->exit_code == 1) {
    return CompileFailure{checked->stdout_data};
  }
  if (checked->status != sandbox::RunStatus::Exited || checked->exit_code != 0) {
    return std::unexpected(RunnerError{"checking the syntax failed: " +
                                       std::string(sandbox::RunStatusName(checked->status)) +
                                       " " + checked->reason + checked->stderr_data});
  }
  prepared.prepare_time_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
  return prepared;
}

std::expected<sandbox::RunResult, RunnerError> PythonRunner::Run(const Prepared& program,
                                                                 const std::string& input,
                                                                 const sandbox::RunLimits& limits) {
  auto result = RunChild(program.task, StdioPayload(program.source), input, limits);
  if (result && result->status == sandbox::RunStatus::Exited &&
      result->exit_code == kMemoryErrorExit) {
    // The interpreter could not get memory within the limit: the run hit its memory cap,
    // as a C++ program killed by the cgroup does.
    result->status = sandbox::RunStatus::MemoryLimit;
    result->reason = "MemoryError: the memory limit was reached";
  }
  return result;
}

std::expected<BatchOutcome, RunnerError> PythonRunner::RunCalls(const Prepared& program,
                                                                std::span<const std::string> cases,
                                                                const CallLimits& limits) {
  // The calls run on a thread whose stack may take half the memory: deep recursion is
  // legitimate (sys.setrecursionlimit(10**6) and a 10^5-deep DFS).
  const std::string payload = CallsPayload(program.source, program.task, limits.memory_bytes / 2,
                                           limits.call_cpu_ms * 1'000'000 / 10);
  return RunCallBatch(cases, limits,
                      [&](const std::string& input, const sandbox::RunLimits& process_limits) {
                        return RunChild(program.task, payload, input, process_limits);
                      });
}

}  // namespace runners::python
