#include "sandbox/PidsCgroup.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

#include "sandbox/CgroupFiles.h"

namespace sandbox {
namespace {

namespace fs = std::filesystem;

std::expected<fs::path, std::string> FindParent() {
  auto mount = MountPoint("cgroup", "pids");
  if (!mount) return std::unexpected(std::string("no cgroup v1 pids hierarchy is mounted"));
  auto own = OwnCgroupPath("pids");
  if (!own) return std::unexpected(std::string("this process is in no pids cgroup"));
  const fs::path parent = *mount / own->substr(1);
  if (!Writable(parent)) {
    return std::unexpected("cgroup v1 pids hierarchy " + parent.string() + " is not writable");
  }
  return parent;
}

// Looked up once per judge, as MemoryCgroup's hierarchy is.
const std::expected<fs::path, std::string>& JudgeParent() {
  static const std::expected<fs::path, std::string> parent = FindParent();
  return parent;
}

}  // namespace

std::expected<PidsCgroup, SandboxError> PidsCgroup::Create(int limit) {
  static std::atomic<int> sequence{0};
  const auto& parent = JudgeParent();
  if (!parent) return std::unexpected(SandboxError{parent.error()});
  const fs::path dir = *parent / ("judge-" + std::to_string(getpid()) + "-pids-" +
                                  std::to_string(sequence.fetch_add(1)));
  if (mkdir(dir.c_str(), 0700) != 0) return std::unexpected(ErrnoError("mkdir " + dir.string(), errno));
  PidsCgroup cgroup(dir);
  if (!WriteSmallFile(dir / "pids.max", std::to_string(limit))) {
    return std::unexpected(SandboxError{"cannot set pids.max in " + dir.string()});
  }
  return cgroup;
}

PidsCgroup::PidsCgroup(PidsCgroup&& other) noexcept
    : dir_(std::move(other.dir_)), procs_file_(std::move(other.procs_file_)) {
  other.dir_.clear();
}

PidsCgroup::~PidsCgroup() {
  if (!dir_.empty()) rmdir(dir_.c_str());
}

std::expected<std::string, std::string> PidsCgroup::Describe() {
  const auto& parent = JudgeParent();
  if (!parent) return std::unexpected(parent.error());
  return "cgroup v1 pids at " + parent->string();
}

}  // namespace sandbox
