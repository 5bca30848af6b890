// PidsCgroup: a cgroup of v1's pids controller of one run's own, capping how many processes
// and threads the run may have at once (under v2 the MemoryCgroup's cgroup carries pids.max).
#pragma once

#include <expected>
#include <filesystem>
#include <string>

#include "sandbox/SandboxError.h"

namespace sandbox {

class PidsCgroup {
 public:
  /// A fresh cgroup below the caller's own in the v1 pids hierarchy, limited to `limit`.
  /// Fails where there is none or it is not writable; runs then rely on RLIMIT_NPROC.
  static std::expected<PidsCgroup, SandboxError> Create(int limit);

  PidsCgroup(PidsCgroup&& other) noexcept;
  PidsCgroup& operator=(PidsCgroup&&) = delete;
  ~PidsCgroup();  // removes the cgroup; its processes must be gone by then

  /// The file a child writes "0" to, to move itself in before exec: `tasks`, for the reason
  /// MemoryCgroup::procs_file gives.
  const std::string& procs_file() const { return procs_file_; }

  /// Which hierarchy runs would use, or why none: for `judge doctor`.
  static std::expected<std::string, std::string> Describe();

 private:
  explicit PidsCgroup(std::filesystem::path dir)
      : dir_(std::move(dir)), procs_file_((dir_ / "tasks").string()) {}

  std::filesystem::path dir_;
  std::string procs_file_;
};

}  // namespace sandbox
