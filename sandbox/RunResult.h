// RunResult: what happened to one sandboxed program (how it ended, what it used, what it
// printed). Plain data; deciding a verdict from it is the judge's job, not the sandbox's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sandbox {

enum class RunStatus {
  Exited,       // ended by itself; see exit_code
  Signaled,     // killed by a signal it caused (SIGSEGV, SIGABRT, ...); see signal
  Timeout,      // stopped for CPU or wall time; see reason
  MemoryLimit,  // the cgroup's OOM killer, or the memory cap reached
  OutputLimit,  // wrote more than output_bytes to stdout or stderr
  Violation,    // made a system call the policy forbids (killed by seccomp)
};

std::string_view RunStatusName(RunStatus status);

enum class MemorySource {
  Cgroup,     // memory.peak / max_usage_in_bytes of a cgroup of its own: exact
  Rusage,     // ru_maxrss, above what the process inherited across exec: exact
  Sampled,    // the highest VmHWM seen while polling: a lower bound
  Inherited,  // nothing better: only known to be at most this (the parent's share)
};

struct Usage {
  std::int64_t cpu_time_us = 0;  // user + system
  std::int64_t wall_time_us = 0;
  std::int64_t peak_memory_bytes = 0;
  MemorySource memory_source = MemorySource::Inherited;
};

struct RunResult {
  RunStatus status = RunStatus::Exited;
  int exit_code = 0;   // for Exited
  int signal = 0;      // for Signaled (and the signal that ended a stopped run)
  std::string reason;  // human words for Timeout / MemoryLimit / OutputLimit / Violation
  Usage usage;
  std::string stdout_data;   // at most output_bytes
  std::string stderr_data;   // at most kStderrKeptBytes; the rest is counted, not kept
  std::int64_t stderr_bytes = 0;

  static constexpr std::int64_t kStderrKeptBytes = 64 << 10;
};

}  // namespace sandbox
