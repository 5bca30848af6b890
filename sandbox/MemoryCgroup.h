// MemoryCgroup: a cgroup of one run's own (v2, or v1's memory controller) that caps memory
// with swap off, and afterwards tells the exact peak and whether the OOM killer struck.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <string>

#include "sandbox/SandboxError.h"

namespace sandbox {

class MemoryCgroup {
 public:
  /// Creates a fresh cgroup below the caller's own, limited to `limit_bytes` (and, under v2
  /// with the pids controller, to `pids_limit` processes and threads). Fails (and the caller
  /// falls back to rlimits) where no memory hierarchy is writable, e.g. unprivileged.
  static std::expected<MemoryCgroup, SandboxError> Create(std::int64_t limit_bytes, int pids_limit);

  MemoryCgroup(MemoryCgroup&& other) noexcept;
  MemoryCgroup& operator=(MemoryCgroup&&) = delete;
  ~MemoryCgroup();  // removes the cgroup; its processes must be gone by then

  /// The file a child writes "0" to, to move itself in before exec. Under v1 it is `tasks`,
  /// which moves the calling thread alone (a freshly forked child has no other): moving a
  /// whole process through cgroup.procs takes a global lock that waits out an RCU grace
  /// period, 6-16 ms here, on every run.
  const std::string& procs_file() const { return procs_file_; }
  std::int64_t PeakBytes() const;
  /// Whether this cgroup also caps processes (v2 only; v1 needs a PidsCgroup).
  bool limits_pids() const { return limits_pids_; }
  bool OomKilled() const;

  /// Which hierarchy runs would use, or why none: for `judge doctor` and logs.
  static std::expected<std::string, std::string> Describe();

 private:
  MemoryCgroup(std::filesystem::path dir, bool v2) : dir_(std::move(dir)), v2_(v2) {
    procs_file_ = (dir_ / (v2 ? "cgroup.procs" : "tasks")).string();
  }

  std::filesystem::path dir_;
  std::string procs_file_;
  bool v2_ = false;
  bool limits_pids_ = false;
};

}  // namespace sandbox
