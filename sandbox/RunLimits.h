// RunLimits: the resources one sandboxed run may use, with units in every name.
// Plain data; the Launcher turns it into rlimits, a cgroup and timers.
#pragma once

#include <cstdint>

namespace sandbox {

struct RunLimits {
  std::int64_t cpu_time_ms = 1000;
  std::int64_t wall_time_ms = 3000;
  std::int64_t memory_bytes = 256LL << 20;
  // Each of stdout and stderr may carry this much; one byte more is an output-limit stop.
  std::int64_t output_bytes = 16LL << 20;
  // When > 0, stderr's own cap instead of output_bytes (a harness that reports on stdout
  // needs room there, while the candidate's prints go to stderr).
  std::int64_t stderr_bytes = 0;
  // When > 0: the longest the program may compute (CPU) or exist (wall) without writing to
  // stdout. A program that reports progress on stdout (one record per test case) is thus
  // stopped when one step takes too long, without capping the run as a whole so tightly.
  std::int64_t idle_cpu_time_ms = 0;
  std::int64_t idle_wall_time_ms = 0;
  // LeetCode-like deep recursion needs far more than the usual 8 MiB.
  std::int64_t stack_bytes = 256LL << 20;
  std::int64_t file_size_bytes = 0;  // RLIMIT_FSIZE: what the program may write to files
  int open_files = 64;               // RLIMIT_NOFILE; must stay below Launcher's exec fd
  int processes = 1;                 // RLIMIT_NPROC, for unprivileged runs (root ignores it)

  std::int64_t stderr_cap() const { return stderr_bytes > 0 ? stderr_bytes : output_bytes; }
};

/// The stack a run may grow within `memory_bytes`: nearly all of it (deep recursion is
/// legitimate), less some headroom for the rest of the process, so that a runaway recursion
/// faults on the stack limit (a crash) before the memory cap stops the run (not MLE).
constexpr std::int64_t StackWithin(std::int64_t memory_bytes) {
  const std::int64_t headroom = memory_bytes / 8 < (32LL << 20) ? memory_bytes / 8 : 32LL << 20;
  return memory_bytes - headroom;
}

}  // namespace sandbox
