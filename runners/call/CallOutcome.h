// CallOutcome: what happened to one function-mode test case inside a harness process (its
// result, the call's CPU time and heap peak, or how the process died during the call).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/problem/Value.h"
#include "sandbox/RunLimits.h"
#include "sandbox/RunResult.h"

namespace runners {

enum class CallEnd {
  Returned,      // `result` holds what the method returned (or the compared parameter)
  Threw,         // the call threw; `message` is the exception's text
  Rejected,      // the harness refused the result (a graph sharing nodes with the input,
                 // a cyclic list, ...); `message` says why
  ProcessEnded,  // the process died or was stopped during this call; see `process`
  NotRun,        // never reached: a fault of the judge's machinery, not of the solution
};

struct CallOutcome {
  CallEnd end = CallEnd::NotRun;
  judge::Value result;
  std::string message;
  std::int64_t cpu_time_ns = 0;      // the call's own thread CPU time, as the harness measured it
  std::int64_t heap_peak_bytes = 0;  // the most heap the call held beyond what it started
                                     // with; -1 when it could not be measured
  std::int64_t input_parse_ns = 0;   // CPU the harness spent reading this case's input
  // The call's operations (basic blocks executed), in a build that counts them
  // (Task::count_operations); -1 otherwise. Deterministic, unlike the CPU time.
  std::int64_t operations = -1;
  std::optional<sandbox::RunResult> process;  // for ProcessEnded; stdout is not kept
};

/// Limits per call; the process around the calls gets room for all of them.
struct CallLimits {
  std::int64_t call_cpu_ms = 1000;
  std::int64_t memory_bytes = 256LL << 20;
  std::int64_t output_bytes = 16LL << 20;  // what the candidate may print (stdout + stderr)
  // After a case ends its process: start a fresh one at the next case (judging), or leave
  // the rest NotRun (verifying a solution that only has to show its first failure).
  bool resume_after_crash = true;
};

struct BatchOutcome {
  std::vector<CallOutcome> calls;  // one per case, in order
  std::string stderr_data;         // what the candidate printed, across processes, capped
  int processes = 0;               // 1, plus one per restart after a crash
  sandbox::Usage process_usage;    // the largest peak memory of any process; CPU summed
  // Set when the source did not compile in the harness process (a runner that compiles
  // there, to save a process of its own): its diagnostics; then no case ran.
  std::optional<std::string> compile_diagnostics;
};

}  // namespace runners
