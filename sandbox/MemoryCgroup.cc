#include "sandbox/MemoryCgroup.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <optional>
#include <sstream>

#include "sandbox/CgroupFiles.h"

namespace sandbox {
namespace {

namespace fs = std::filesystem;

struct Hierarchy {
  fs::path parent;  // where run cgroups are created
  bool v2 = false;
  bool v2_pids = false;        // v2: the pids controller is enabled below the parent
  bool v1_swap_limit = false;  // v1: swap is accounted (memory.memsw.* exist)
};

std::expected<Hierarchy, std::string> FindHierarchy() {
  if (auto mount = MountPoint("cgroup2", ""); mount) {
    if (auto own = OwnCgroupPath(""); own) {
      const fs::path parent = *mount / own->substr(1);
      const auto controllers = ReadSmallFile(parent / "cgroup.subtree_control");
      if (controllers && controllers->find("memory") != std::string::npos && Writable(parent)) {
        return Hierarchy{.parent = parent, .v2 = true,
                         .v2_pids = controllers->find("pids") != std::string::npos};
      }
    }
  }
  if (auto mount = MountPoint("cgroup", "memory"); mount) {
    if (auto own = OwnCgroupPath("memory"); own) {
      const fs::path parent = *mount / own->substr(1);
      if (Writable(parent)) {
        return Hierarchy{.parent = parent,
                         .v1_swap_limit = fs::exists(parent / "memory.memsw.limit_in_bytes")};
      }
      return std::unexpected("cgroup v1 memory hierarchy " + parent.string() + " is not writable");
    }
  }
  return std::unexpected(std::string(
      "no writable cgroup with the memory controller (v2 needs it in cgroup.subtree_control)"));
}

// Looked up once per judge (a judge is not moved to another cgroup while it runs): reading
// /proc/self/mounts and /proc/self/cgroup for every run cost it about 0.1 ms.
const std::expected<Hierarchy, std::string>& JudgeHierarchy() {
  static const std::expected<Hierarchy, std::string> hierarchy = FindHierarchy();
  return hierarchy;
}

std::optional<std::int64_t> ReadNumber(const fs::path& file) {
  const auto text = ReadSmallFile(file);
  if (!text) return std::nullopt;
  try {
    return std::stoll(*text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// "key value" lines, as in memory.events and memory.oom_control.
std::int64_t ReadKey(const fs::path& file, const std::string& key) {
  std::ifstream in(file);
  std::string name;
  std::int64_t value = 0;
  while (in >> name >> value) {
    if (name == key) return value;
  }
  return 0;
}

}  // namespace

std::expected<MemoryCgroup, SandboxError> MemoryCgroup::Create(std::int64_t limit_bytes,
                                                               int pids_limit) {
  static std::atomic<int> sequence{0};
  const auto& hierarchy = JudgeHierarchy();
  if (!hierarchy) return std::unexpected(SandboxError{hierarchy.error()});
  const fs::path dir = hierarchy->parent / ("judge-" + std::to_string(getpid()) + "-" +
                                            std::to_string(sequence.fetch_add(1)));
  if (mkdir(dir.c_str(), 0700) != 0) return std::unexpected(ErrnoError("mkdir " + dir.string(), errno));
  MemoryCgroup cgroup(dir, hierarchy->v2);
  const std::string limit = std::to_string(limit_bytes);
  const bool ok = hierarchy->v2
                      ? WriteSmallFile(dir / "memory.max", limit) &&
                            WriteSmallFile(dir / "memory.swap.max", "0")
                      : WriteSmallFile(dir / "memory.limit_in_bytes", limit);
  if (!ok) return std::unexpected(SandboxError{"cannot set the memory limit in " + dir.string()});
  if (hierarchy->v2_pids) {
    cgroup.limits_pids_ = WriteSmallFile(dir / "pids.max", std::to_string(pids_limit));
  }
  if (hierarchy->v1_swap_limit) {
    // Swap accounting is on: forbid swapping too, as v2's memory.swap.max=0 does.
    WriteSmallFile(dir / "memory.memsw.limit_in_bytes", limit);
  }
  return cgroup;
}

MemoryCgroup::MemoryCgroup(MemoryCgroup&& other) noexcept
    : dir_(std::move(other.dir_)),
      procs_file_(std::move(other.procs_file_)),
      v2_(other.v2_),
      limits_pids_(other.limits_pids_) {
  other.dir_.clear();
}

MemoryCgroup::~MemoryCgroup() {
  if (!dir_.empty()) rmdir(dir_.c_str());
}

std::int64_t MemoryCgroup::PeakBytes() const {
  return ReadNumber(dir_ / (v2_ ? "memory.peak" : "memory.max_usage_in_bytes")).value_or(0);
}

bool MemoryCgroup::OomKilled() const {
  if (v2_) return ReadKey(dir_ / "memory.events", "oom_kill") > 0;
  return ReadKey(dir_ / "memory.oom_control", "oom_kill") > 0;
}

std::expected<std::string, std::string> MemoryCgroup::Describe() {
  const auto& hierarchy = JudgeHierarchy();
  if (!hierarchy) return std::unexpected(hierarchy.error());
  return std::string(hierarchy->v2 ? "cgroup v2 at " : "cgroup v1 memory at ") +
         hierarchy->parent.string();
}

}  // namespace sandbox
