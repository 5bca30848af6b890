#include "runners/CacheDir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace runners {
namespace fs = std::filesystem;
namespace {

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// Makes `dir` (and its parents) and checks that it is ours alone to write.
std::expected<fs::path, std::string> OwnedDir(const fs::path& dir, mode_t mode) {
  std::error_code error;
  fs::create_directories(dir.parent_path(), error);
  if (mkdir(dir.c_str(), mode) != 0 && errno != EEXIST) {
    return std::unexpected(fmt::format("mkdir {}: {}", dir.string(), std::strerror(errno)));
  }
  struct stat info{};
  if (lstat(dir.c_str(), &info) != 0) {
    return std::unexpected(fmt::format("stat {}: {}", dir.string(), std::strerror(errno)));
  }
  if (!S_ISDIR(info.st_mode) || info.st_uid != geteuid() || (info.st_mode & 022) != 0) {
    return std::unexpected(fmt::format("{} is not a folder of this user's that only it may "
                                       "write", dir.string()));
  }
  return dir;
}

}  // namespace

std::expected<fs::path, std::string> JudgeCacheDir() {
  if (const char* chosen = std::getenv("JUDGE_CACHE_DIR"); chosen != nullptr && *chosen) {
    return OwnedDir(chosen, 0755);
  }
  // Root's compiles run as nobody, who cannot reach into /root: the cache must be public
  // to read (and, being root's, private to write).
  if (geteuid() == 0) return OwnedDir("/var/cache/judge", 0755);
  std::vector<fs::path> candidates;
  if (const std::string xdg = EnvOr("XDG_CACHE_HOME", ""); !xdg.empty()) {
    candidates.push_back(fs::path(xdg) / "judge");
  } else if (const std::string home = EnvOr("HOME", ""); !home.empty()) {
    candidates.push_back(fs::path(home) / ".cache" / "judge");
  }
  candidates.push_back(fs::path(EnvOr("TMPDIR", "/tmp")) /
                       fmt::format("judge-cache-{}", geteuid()));
  std::string reasons;
  for (const auto& candidate : candidates) {
    auto dir = OwnedDir(candidate, 0700);
    if (dir) return dir;
    reasons += (reasons.empty() ? "" : "; ") + dir.error();
  }
  return std::unexpected(reasons);
}

std::expected<void, std::string> OpenToTheSandbox(const fs::path& dir) {
  if (geteuid() != 0) return {};  // the sandbox runs as this user: it reads what we read
  struct stat info{};
  if (stat(dir.c_str(), &info) != 0) {
    return std::unexpected(fmt::format("stat {}: {}", dir.string(), std::strerror(errno)));
  }
  if ((info.st_mode & 055) != 055 && chmod(dir.c_str(), (info.st_mode & 07777) | 055) != 0) {
    return std::unexpected(fmt::format("chmod {}: {}", dir.string(), std::strerror(errno)));
  }
  for (fs::path above = fs::absolute(dir).parent_path(); !above.empty();
       above = above.parent_path()) {
    struct stat parent{};
    if (stat(above.c_str(), &parent) == 0 && (parent.st_mode & S_IXOTH) == 0) {
      return std::unexpected(fmt::format("{} is out of the sandbox's reach: {} lets no other "
                                         "user through", dir.string(), above.string()));
    }
    if (above == above.root_path()) break;
  }
  return {};
}

std::expected<void, std::string> PublishCacheEntry(
    const fs::path& entry, const std::function<std::error_code(const fs::path&)>& fill) {
  static std::atomic<int> serial{0};
  const fs::path staging = entry.string() + fmt::format(".{}.{}", getpid(), serial++);
  std::error_code error;
  fs::create_directories(staging, error);
  if (!error) error = fill(staging);
  if (!error) fs::permissions(staging, fs::perms(0755), error);
  // rename() refuses to replace a folder that is not empty: another process was first.
  if (!error && rename(staging.c_str(), entry.c_str()) != 0 && !fs::exists(entry)) {
    error = std::error_code(errno, std::generic_category());
  }
  std::error_code ignored;
  fs::remove_all(staging, ignored);
  if (error) return std::unexpected("caching " + entry.string() + ": " + error.message());
  return {};
}

std::string StableHash(const std::string& text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace runners
